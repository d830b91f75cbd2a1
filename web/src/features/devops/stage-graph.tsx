'use client';

import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { RunStatus, duration } from '@/features/devops/run-status.tsx';
import { stageColumns, type LayoutStage } from '@/features/devops/stage-layout.ts';

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

/** The pipeline's stages and parallel branches, when the editor wrote it: how the graph is laid out. */
export const StageLayoutFragment = graphql(`
  fragment StageLayout_pipelineDefinition on PipelineDefinition {
    graph {
      stages {
        name
        parallel {
          name
        }
      }
    }
  }
`);

export function layoutOf(definition: FragmentType<typeof StageLayoutFragment> | null | undefined): LayoutStage[] | null {
  const graph = getFragmentData(StageLayoutFragment, definition)?.graph;
  return graph ? graph.stages.map((s) => ({ name: s.name, branches: s.parallel.map((b) => b.name) })) : null;
}

type Stage = { id: string; name: string; status: Parameters<typeof RunStatus>[0]['status']; durationMs: number };

/**
 * The run's stages in order, each a node coloured by its state with its duration, parallel
 * branches stacked under their stage; redrawn from every `pipelineRunChanged` event, so stages
 * turn green as they pass. A click shows that stage's own log.
 */
export function StageGraph({ run, layout, selected, onSelect }: { run: FragmentType<typeof StageGraphFragment>; layout: LayoutStage[] | null; selected: string; onSelect: (stage: string) => void }) {
  const t = useT();
  const r = getFragmentData(StageGraphFragment, run);
  const stages = r.stages ?? [];
  if (stages.length === 0) return <p className="muted small">{r.status === 'QUEUED' ? t('devops.run.queued') : t('devops.run.noStages')}</p>;
  const node = (s: Stage) => (
    <div key={s.id} className={`stage-node stage-${s.status.toLowerCase()}${selected === s.name ? ' selected' : ''}`} data-testid="stage-node" data-stage={s.name} data-status={s.status}>
      <button type="button" onClick={() => onSelect(selected === s.name ? '' : s.name)} title={t('devops.log.showStage', { stage: s.name })}>
        <span className="stage-name">{s.name}</span>
        <RunStatus status={s.status} stage />
        <span className="muted small">{duration(s.durationMs)}</span>
      </button>
    </div>
  );
  return (
    <ol className="stage-graph" data-testid="stage-graph" aria-label={t('devops.run.stages')}>
      {stageColumns(stages, layout).map((c) => (
        <li key={c.stage.id} className="stage-column-run">
          {node(c.stage)}
          {c.branches.length > 0 && (
            <div className="stage-branches" data-testid="stage-branches" data-stage={c.stage.name}>
              {c.branches.map(node)}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
