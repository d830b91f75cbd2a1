'use client';

import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { useReconnected } from '@/lib/use-reconnected.ts';
import { PipelineRunQuery, ReplayPipelineRunMutation, StopPipelineRunMutation } from '@/features/devops/operations.ts';
import { RunStatus, duration } from '@/features/devops/run-status.tsx';
import { StageGraph } from '@/features/devops/stage-graph.tsx';
import type { LayoutStage } from '@/features/devops/stage-layout.ts';
import { InputApproval } from '@/features/devops/input-approval.tsx';
import { RunFacts } from '@/features/devops/run-facts.tsx';
import { LogViewer } from '@/features/devops/log-viewer.tsx';
import { startedRunNumber } from '@/features/devops/run-dialog.tsx';

export const RunViewFragment = graphql(`
  fragment RunView_pipelineRun on PipelineRun {
    id
    number
    status
    durationMs
    logSize
    logDownloadPath
    stages {
      id
      name
      status
      durationMs
    }
    ...StageGraph_pipelineRun
    ...InputApproval_pipelineRun
    ...RunFacts_pipelineRun
  }
`);

export type RunViewRef = FragmentType<typeof RunViewFragment>;

/**
 * One run: its live stage graph, waiting input steps (approve / abort), Stop while it runs and
 * Replay once it has ended, facts (parameters, artifacts, tests) and the live log. `live` is the
 * newest `pipelineRunChanged` event for this run (the pipeline page holds the subscription);
 * until one comes, the query's answer is shown.
 */
export function RunView({
  project,
  pipeline,
  number,
  live,
  layout,
  canManage,
  onReplayed,
}: {
  project: string;
  pipeline: string;
  number: number;
  live: RunViewRef | undefined;
  /** The pipeline's stages and parallel branches (from its graph), to lay the stage graph out. */
  layout: LayoutStage[] | null;
  canManage: boolean;
  onReplayed: (run: number) => void;
}) {
  const t = useT();
  const [stage, setStage] = useState('');
  const [res, reexecute] = useQuery({ query: PipelineRunQuery, variables: { project, pipeline, run: number }, requestPolicy: 'cache-and-network' });
  // After a reconnect the page drops its events (`live` is gone until the next one): the run is
  // read again, or it would show what this query read when the run view opened.
  useReconnected(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]));
  const [stopState, stop] = useMutation(StopPipelineRunMutation);
  const [replayState, replay] = useMutation(ReplayPipelineRunMutation);
  const ref = live ?? res.data?.devopsProject?.pipeline?.run ?? null;
  const run = ref ? getFragmentData(RunViewFragment, ref) : null;
  if (!ref || !run) {
    return (
      <section className="run-view">
        <ErrorBanner errors={[res.error]} />
        {res.fetching && <p className="muted">{t('common.loading')}</p>}
      </section>
    );
  }
  const finished = run.status !== 'RUNNING' && run.status !== 'QUEUED';
  const version = `${run.status}:${(run.stages ?? []).map((s) => `${s.status}${s.durationMs}`).join(',')}:${run.logSize ?? ''}`;

  return (
    <section className="run-view" data-testid="run-view" data-run={number} data-status={run.status}>
      <div className="run-head">
        <h2>{t('devops.run.title', { n: number })}</h2>
        <RunStatus status={run.status} />
        <span className="muted small">{duration(run.durationMs)}</span>
        <div className="spacer" />
        {canManage && !finished && (
          <button type="button" disabled={stopState.fetching} onClick={() => stop({ project, pipeline, run: number })} data-testid="run-stop">
            {t('devops.run.stop')}
          </button>
        )}
        {canManage && finished && (
          <button
            type="button"
            disabled={replayState.fetching}
            data-testid="run-replay"
            onClick={async () => {
              const r = await replay({ project, pipeline, run: number });
              const n = r.data && startedRunNumber(r.data.replayPipelineRun);
              if (n != null) onReplayed(n);
            }}
          >
            {t('devops.run.replay')}
          </button>
        )}
      </div>
      <ErrorBanner errors={[res.error, stopState.error, replayState.error]} />
      <StageGraph run={run} layout={layout} selected={stage} onSelect={setStage} />
      <InputApproval project={project} pipeline={pipeline} run={run} canDecide={canManage} />
      <RunFacts run={run} />
      <LogViewer
        project={project}
        pipeline={pipeline}
        run={number}
        stages={(run.stages ?? []).map((s) => s.name)}
        downloadPath={run.logDownloadPath}
        version={version}
        stage={stage}
        onStage={setStage}
      />
    </section>
  );
}
