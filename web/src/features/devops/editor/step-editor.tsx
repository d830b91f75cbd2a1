'use client';

import type { Dispatch } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { FormField } from '@/ui/form-field.tsx';
import { stepFields, type EditorAction, type StepDraft, type StepsAt } from '@/features/devops/editor/editor-model.ts';

/** What the step editors pick from: the project's credential ids and the workspace's projects. */
export interface EditorChoices {
  credentials: string[];
  projects: string[];
}

/** Where a list of steps sits in the draft and what its editors report to and pick from. */
export interface StepsPlace {
  at: StepsAt;
  path: string;
  dispatch: Dispatch<EditorAction>;
  errorOf: (path: string) => string | null;
  choices: EditorChoices;
}

/** One step: its kind, its fields (a credential from the project's, a project from the workspace's), move and remove. */
export function StepEditor({
  step,
  index,
  count,
  at,
  path,
  dispatch,
  errorOf,
  choices,
}: StepsPlace & {
  step: StepDraft;
  index: number;
  count: number;
}) {
  const t = useT();
  const set = (field: string, value: string) => dispatch({ type: 'setStepValue', at, step: index, field, value });
  return (
    <div className="step-card" data-testid="editor-step" data-kind={step.kind}>
      <div className="step-head">
        <strong>{t(`devops.step.${step.kind}`)}</strong>
        <div className="spacer" />
        <button type="button" className="icon-button" disabled={index === 0} onClick={() => dispatch({ type: 'moveStep', at, step: index, by: -1 })} aria-label={t('devops.editor.moveUp')}>
          ↑
        </button>
        <button type="button" className="icon-button" disabled={index === count - 1} onClick={() => dispatch({ type: 'moveStep', at, step: index, by: 1 })} aria-label={t('devops.editor.moveDown')}>
          ↓
        </button>
        <button type="button" className="icon-button" onClick={() => dispatch({ type: 'removeStep', at, step: index })} aria-label={t('devops.editor.removeStep')} data-testid="editor-remove-step">
          ×
        </button>
      </div>
      {stepFields(step.kind).map((f) => {
        const name = `${path}.${f.name}`;
        const value = step.values[f.name] ?? '';
        const label = `${t(`devops.field.${f.name}` as MessageKey)}${f.required ? ' *' : ''}`;
        return (
          <FormField key={f.name} label={label} name={name} error={errorOf(name)}>
            {f.multiline ? (
              <textarea name={name} rows={3} className="mono" spellCheck={false} value={value} onChange={(e) => set(f.name, e.target.value)} />
            ) : f.credential ? (
              <select name={name} value={value} onChange={(e) => set(f.name, e.target.value)}>
                <option value="">{t('devops.editor.noCredential')}</option>
                {[...new Set([...choices.credentials, ...(value ? [value] : [])])].map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            ) : (
              <input name={name} value={value} onChange={(e) => set(f.name, e.target.value)} autoComplete="off" list={f.name === 'project' ? 'devops-editor-projects' : undefined} />
            )}
          </FormField>
        );
      })}
    </div>
  );
}
