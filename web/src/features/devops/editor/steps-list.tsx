'use client';

import type { Dispatch } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { STEP_KINDS, type EditorAction, type StepDraft, type StepKind, type StepsAt } from '@/features/devops/editor/editor-model.ts';
import { StepEditor, type EditorChoices } from '@/features/devops/editor/step-editor.tsx';

/** A stage's or a branch's steps, in order, with "Add step" of a chosen kind at the end. */
export function StepsList({
  steps,
  at,
  path,
  dispatch,
  errorOf,
  choices,
}: {
  steps: StepDraft[];
  at: StepsAt;
  path: string;
  dispatch: Dispatch<EditorAction>;
  errorOf: (path: string) => string | null;
  choices: EditorChoices;
}) {
  const t = useT();
  const empty = errorOf(`${path}.steps`);
  return (
    <div className="steps-list">
      {steps.map((s, i) => (
        <StepEditor key={s.key} step={s} index={i} count={steps.length} at={at} path={`${path}.steps[${i}]`} dispatch={dispatch} errorOf={errorOf} choices={choices} />
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
