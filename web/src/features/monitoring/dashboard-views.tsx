'use client';

import { useCallback } from 'react';
import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { ClusterMetricsQuery, ProjectMetricsQuery, WorkspaceMetricsQuery } from '@/features/monitoring/operations.ts';
import { CLUSTER_CHARTS, CONTROL_PLANE_CHARTS, PROJECT_CHARTS, WORKSPACE_CHARTS } from '@/features/monitoring/dashboards.ts';
import { MetricsGrid } from '@/features/monitoring/metrics-grid.tsx';
import { RankingTable } from '@/features/monitoring/ranking-table.tsx';
import { TimeRangePicker, useLiveRefresh, useTimeRange, type TimeRangeState } from '@/features/monitoring/time-range.tsx';

/** Re-reads a dashboard's query every refresh period while live. */
function useLive(state: TimeRangeState, refetch: (opts: { requestPolicy: 'network-only' }) => void) {
  useLiveRefresh(state.live, useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]));
}

function ClusterSection({ title, names, state }: { title: 'monitoring.cluster.resources' | 'monitoring.cluster.controlPlane'; names: readonly string[]; state: TimeRangeState }) {
  const t = useT();
  const [res, refetch] = useQuery({ query: ClusterMetricsQuery, variables: { names: [...names], range: state.range } });
  useLive(state, refetch);
  return (
    <>
      <h2>{t(title)}</h2>
      <ErrorBanner errors={[res.error]} />
      <MetricsGrid series={res.data?.clusterMetrics} fetching={res.fetching} />
    </>
  );
}

/** Platform admins: cluster resources, the control plane (API server, etcd, scheduler), node and workspace ranking. */
export function ClusterMonitoringView() {
  const t = useT();
  const state = useTimeRange();
  return (
    <section data-testid="cluster-monitoring">
      <h1>{t('monitoring.cluster.title')}</h1>
      <TimeRangePicker state={state} />
      <ClusterSection title="monitoring.cluster.resources" names={CLUSTER_CHARTS} state={state} />
      <ClusterSection title="monitoring.cluster.controlPlane" names={CONTROL_PLANE_CHARTS} state={state} />
      <RankingTable level="NODE" title="monitoring.ranking.nodes" live={state.live} />
      <RankingTable level="WORKSPACE" title="monitoring.ranking.workspaces" live={state.live} />
      <RankingTable level="PROJECT" title="monitoring.ranking.projects" live={state.live} />
    </section>
  );
}

/** A workspace's totals and its projects ranked (members holding view-monitoring). */
export function WorkspaceMonitoringView({ workspace }: { workspace: string }) {
  const t = useT();
  const state = useTimeRange();
  const [res, refetch] = useQuery({ query: WorkspaceMetricsQuery, variables: { workspace, names: [...WORKSPACE_CHARTS], range: state.range } });
  useLive(state, refetch);
  return (
    <section data-testid="workspace-monitoring">
      <h1>{t('monitoring.workspace.title', { name: workspace })}</h1>
      <TimeRangePicker state={state} />
      <ErrorBanner errors={[res.error]} />
      <MetricsGrid series={res.data?.workspace?.metrics?.series} fetching={res.fetching} />
      <RankingTable level="PROJECT" title="monitoring.ranking.projects" workspace={workspace} live={state.live} />
    </section>
  );
}

/** A project's dashboard (eight charts, one Prometheus query each) and its workloads and pods ranked. */
export function ProjectMonitoringView({ workspace, project }: { workspace: string; project: string }) {
  const t = useT();
  const state = useTimeRange();
  const [res, refetch] = useQuery({ query: ProjectMetricsQuery, variables: { project, names: [...PROJECT_CHARTS], range: state.range } });
  useLive(state, refetch);
  return (
    <section data-testid="project-monitoring">
      <h1>{t('monitoring.project.title', { name: project })}</h1>
      <TimeRangePicker state={state} />
      <ErrorBanner errors={[res.error]} />
      <MetricsGrid series={res.data?.project?.metrics?.series} fetching={res.fetching} />
      <RankingTable level="WORKLOAD" title="monitoring.ranking.workloads" workspace={workspace} project={project} live={state.live} />
      <RankingTable level="POD" title="monitoring.ranking.pods" workspace={workspace} project={project} live={state.live} />
    </section>
  );
}
