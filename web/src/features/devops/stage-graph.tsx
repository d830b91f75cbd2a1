'use client';

import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { RunStatus, duration } from '@/features/devops/run-status.tsx';

export const StageGraphFragment = graphql(`
  fragment StageGraph_pipelineRun on PipelineRun {
    id
    status
    stages {
      id
      name
      status
      startedAt
      durationMs
    }
  }
`);

/**
 * The run's stages in order, each a node coloured by its state with its duration; it is redrawn
 * from every `pipelineRunChanged` event, so stages turn green as they pass.
 */
export function StageGraph({ run, selected, onSelect }: { run: FragmentType<typeof StageGraphFragment>; selected: string; onSelect: (stage: string) => void }) {
  const t = useT();
  const r = getFragmentData(StageGraphFragment, run);
  const stages = r.stages ?? [];
  if (stages.length === 0) return <p className="muted small">{r.status === 'QUEUED' ? t('devops.run.queued') : t('devops.run.noStages')}</p>;
  return (
    <ol className="stage-graph" data-testid="stage-graph" aria-label={t('devops.run.stages')}>
      {stages.map((s) => (
        <li key={s.id} className={`stage-node stage-${s.status.toLowerCase()}${selected === s.name ? ' selected' : ''}`} data-testid="stage-node" data-stage={s.name} data-status={s.status}>
          <button type="button" onClick={() => onSelect(selected === s.name ? '' : s.name)} title={t('devops.log.showStage', { stage: s.name })}>
            <span className="stage-name">{s.name}</span>
            <RunStatus status={s.status} stage />
            <span className="muted small">{duration(s.durationMs)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
