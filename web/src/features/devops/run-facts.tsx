'use client';

import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { duration } from '@/features/devops/run-status.tsx';

export const RunFactsFragment = graphql(`
  fragment RunFacts_pipelineRun on PipelineRun {
    id
    startedAt
    durationMs
    startedBy
    parameters {
      name
      value
    }
    artifacts {
      fileName
      relativePath
    }
    tests {
      total
      passed
      failed
      skipped
    }
  }
`);

/** Who started the run, when, how long it took, its parameters, artifacts and test summary. */
export function RunFacts({ run }: { run: FragmentType<typeof RunFactsFragment> }) {
  const t = useT();
  const r = getFragmentData(RunFactsFragment, run);
  return (
    <div className="run-facts">
      <dl className="facts">
        <dt>{t('devops.run.startedBy')}</dt>
        <dd>{r.startedBy ?? '—'}</dd>
        <dt>{t('devops.run.startedAt')}</dt>
        <dd>{r.startedAt ? new Date(r.startedAt).toLocaleString() : '—'}</dd>
        <dt>{t('devops.run.duration')}</dt>
        <dd>{duration(r.durationMs)}</dd>
        <dt>{t('devops.run.parameters')}</dt>
        <dd data-testid="run-parameters">
          {r.parameters.length === 0 ? '—' : r.parameters.map((p) => `${p.name}=${p.value ?? ''}`).join(', ')}
        </dd>
        <dt>{t('devops.run.tests')}</dt>
        <dd data-testid="run-tests">{r.tests ? t('devops.run.testSummary', { total: r.tests.total, passed: r.tests.passed, failed: r.tests.failed, skipped: r.tests.skipped }) : t('devops.run.noTests')}</dd>
        <dt>{t('devops.run.artifacts')}</dt>
        <dd data-testid="run-artifacts">
          {r.artifacts && r.artifacts.length > 0 ? (
            <ul className="plain">
              {r.artifacts.map((a) => (
                <li key={a.relativePath} className="mono small">
                  {a.relativePath}
                </li>
              ))}
            </ul>
          ) : (
            t('devops.run.noArtifacts')
          )}
        </dd>
      </dl>
    </div>
  );
}
