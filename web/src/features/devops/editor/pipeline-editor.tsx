'use client';

import type { Dispatch } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { FormField } from '@/ui/form-field.tsx';
import type { EditorAction, PipelineDraft } from '@/features/devops/editor/editor-model.ts';
import { StepsList } from '@/features/devops/editor/steps-list.tsx';
import type { EditorChoices } from '@/features/devops/editor/step-editor.tsx';
import { JenkinsfilePreview } from '@/features/devops/editor/jenkinsfile-preview.tsx';

/**
 * The graphical editor (KubeSphere-style): stages left to right, each a column of steps, or of
 * parallel branches each with its steps; add, rename, move and remove; the Jenkinsfile it writes
 * beside it, from the same converter the API uses (packages/core/src/jenkinsfile).
 */
export function PipelineEditor({
  draft,
  dispatch,
  errorOf,
  choices,
}: {
  draft: PipelineDraft;
  dispatch: Dispatch<EditorAction>;
  errorOf: (path: string) => string | null;
  choices: EditorChoices;
}) {
  const t = useT();
  const noStages = errorOf('stages');
  return (
    <div className="pipeline-editor" data-testid="pipeline-editor">
      <datalist id="devops-editor-projects">
        {choices.projects.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <div className="stage-canvas">
        {draft.stages.map((stage, i) => {
          const path = `stages[${i}]`;
          return (
            <div key={stage.key} className="stage-column" data-testid="editor-stage" data-index={i}>
              <div className="stage-head">
                <FormField label={t('devops.editor.stageName')} name={`${path}.name`} error={errorOf(`${path}.name`)}>
                  <input name={`${path}.name`} value={stage.name} onChange={(e) => dispatch({ type: 'renameStage', stage: i, name: e.target.value })} autoComplete="off" />
                </FormField>
                <div className="stage-tools">
                  <button type="button" className="icon-button" disabled={i === 0} onClick={() => dispatch({ type: 'moveStage', stage: i, by: -1 })} aria-label={t('devops.editor.moveLeft')}>
                    ←
                  </button>
                  <button type="button" className="icon-button" disabled={i === draft.stages.length - 1} onClick={() => dispatch({ type: 'moveStage', stage: i, by: 1 })} aria-label={t('devops.editor.moveRight')}>
                    →
                  </button>
                  <button type="button" className="icon-button" onClick={() => dispatch({ type: 'removeStage', stage: i })} aria-label={t('devops.editor.removeStage')} data-testid="editor-remove-stage">
                    ×
                  </button>
                </div>
              </div>
              {stage.branches.length === 0 ? (
                <StepsList steps={stage.steps} at={{ stage: i, branch: null }} path={path} dispatch={dispatch} errorOf={errorOf} choices={choices} />
              ) : (
                stage.branches.map((b, j) => {
                  const bpath = `${path}.parallel[${j}]`;
                  return (
                    <div key={b.key} className="branch-card" data-testid="editor-branch">
                      <div className="stage-head">
                        <FormField label={t('devops.editor.branchName')} name={`${bpath}.name`} error={errorOf(`${bpath}.name`)}>
                          <input name={`${bpath}.name`} value={b.name} onChange={(e) => dispatch({ type: 'renameBranch', stage: i, branch: j, name: e.target.value })} autoComplete="off" />
                        </FormField>
                        <button type="button" className="icon-button" onClick={() => dispatch({ type: 'removeBranch', stage: i, branch: j })} aria-label={t('devops.editor.removeBranch')}>
                          ×
                        </button>
                      </div>
                      <StepsList steps={b.steps} at={{ stage: i, branch: j }} path={bpath} dispatch={dispatch} errorOf={errorOf} choices={choices} />
                    </div>
                  );
                })
              )}
              <button type="button" className="small-button" onClick={() => dispatch({ type: 'addBranch', stage: i, name: `${stage.name || t('devops.editor.branch')} ${stage.branches.length + (stage.branches.length === 0 && stage.steps.length > 0 ? 2 : 1)}` })} data-testid="editor-add-branch">
                {t('devops.editor.addBranch')}
              </button>
            </div>
          );
        })}
        <button type="button" className="add-stage" onClick={() => dispatch({ type: 'addStage', name: t('devops.editor.newStage', { n: draft.stages.length + 1 }) })} data-testid="editor-add-stage">
          + {t('devops.editor.addStage')}
        </button>
      </div>
      {noStages && (
        <p className="field-error" role="alert" data-testid="invalid-stages">
          {noStages}
        </p>
      )}
      <JenkinsfilePreview draft={draft} />
    </div>
  );
}
