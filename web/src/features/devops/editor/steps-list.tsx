'use client';

import { useT } from '@/lib/i18n/index.tsx';
import { STEP_KINDS, type StepDraft, type StepKind } from '@/features/devops/editor/editor-model.ts';
import { StepEditor, type StepsPlace } from '@/features/devops/editor/step-editor.tsx';

/** A stage's or a branch's steps, in order, with "Add step" of a chosen kind at the end. */
export function StepsList({ steps, ...place }: StepsPlace & { steps: StepDraft[] }) {
  const t = useT();
  const { at, path, dispatch, errorOf } = place;
  const empty = errorOf(`${path}.steps`);
  return (
    <div className="steps-list">
      {steps.map((s, i) => (
        <StepEditor key={s.key} {...place} step={s} index={i} count={steps.length} path={`${path}.steps[${i}]`} />
      ))}
      {empty && (
        <span className="field-error" role="alert" data-testid={`invalid-${path}.steps`}>
          {empty}
        </span>
      )}
      <select
        className="add-step"
        value=""
        aria-label={t('devops.editor.addStep')}
        data-testid="editor-add-step"
        onChange={(e) => {
          if (e.target.value) dispatch({ type: 'addStep', at, kind: e.target.value as StepKind });
        }}
      >
        <option value="">{t('devops.editor.addStep')}</option>
        {STEP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`devops.step.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
