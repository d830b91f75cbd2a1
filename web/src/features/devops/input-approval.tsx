'use client';

import { useMutation } from 'urql';
import type { PipelineInputAction } from '@/gql/graphql.ts';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { SubmitPipelineInputMutation } from '@/features/devops/operations.ts';

export const InputApprovalFragment = graphql(`
  fragment InputApproval_pipelineRun on PipelineRun {
    id
    number
    inputs {
      id
      message
      state
      decidedBy
      decidedAt
    }
  }
`);

/**
 * The run's input steps: a waiting one asks to approve or abort (for those who may run the
 * pipeline), decided ones say who decided and how.
 */
export function InputApproval({ project, pipeline, run, canDecide }: { project: string; pipeline: string; run: FragmentType<typeof InputApprovalFragment>; canDecide: boolean }) {
  const t = useT();
  const r = getFragmentData(InputApprovalFragment, run);
  const [state, submit] = useMutation(SubmitPipelineInputMutation);
  const inputs = r.inputs ?? [];
  if (inputs.length === 0 || r.number == null) return null;
  const decide = (inputId: string, action: PipelineInputAction) => submit({ project, pipeline, run: r.number!, inputId, action });
  return (
    <div className="run-inputs">
      <ErrorBanner errors={[state.error]} />
      {inputs.map((i) => (
        <div key={i.id} className={`input-step input-${i.state.toLowerCase()}`} data-testid="input-step" data-state={i.state}>
          <strong>{i.message}</strong>
          {i.state === 'PENDING' ? (
            canDecide ? (
              <span className="input-actions">
                <button type="button" className="primary" disabled={state.fetching} onClick={() => decide(i.id, 'APPROVE')} data-testid="input-approve">
                  {t('devops.input.approve')}
                </button>
                <button type="button" disabled={state.fetching} onClick={() => decide(i.id, 'ABORT')} data-testid="input-abort">
                  {t('devops.input.abort')}
                </button>
              </span>
            ) : (
              <span className="muted small">{t('devops.input.waiting')}</span>
            )
          ) : (
            <span className="muted small" data-testid="input-decided">
              {t(i.state === 'APPROVED' ? 'devops.input.approvedBy' : 'devops.input.abortedBy', { user: i.decidedBy ?? '—' })}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
