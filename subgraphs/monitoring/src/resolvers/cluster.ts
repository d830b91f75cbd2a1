import { policies, requireUser } from '@meridian/core';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { catalog } from '../metrics/catalog.ts';
import type { MetricLevel } from '../metrics/levels.ts';
import { seriesOf } from './series.ts';

const LEVEL_ENUM: Record<MetricLevel, 'CLUSTER' | 'NODE' | 'WORKSPACE' | 'PROJECT' | 'WORKLOAD' | 'POD' | 'CONTAINER'> = {
  cluster: 'CLUSTER',
  node: 'NODE',
  workspace: 'WORKSPACE',
  namespace: 'PROJECT',
  workload: 'WORKLOAD',
  pod: 'POD',
  container: 'CONTAINER',
};
const WORKLOAD_ENUM = { deployment: 'DEPLOYMENT', statefulset: 'STATEFULSET', daemonset: 'DAEMONSET' } as const;

export const clusterQueries: Pick<QueryResolvers<MonitoringContext>, 'clusterMetrics' | 'metricCatalog'> = {
  async clusterMetrics(_root, args, ctx) {
    policies.viewCluster.enforce(ctx.identity);
    return seriesOf(ctx, 'cluster', {}, args);
  },

  metricCatalog(_root, args, ctx) {
    // Any signed-in user: the catalog names metrics and holds no data.
    requireUser(ctx.identity);
    return catalog
      .filter((d) => !args.level || LEVEL_ENUM[d.level] === args.level)
      .map((d) => ({
        name: d.name,
        level: LEVEL_ENUM[d.level],
        unit: d.unit,
        description: d.description,
        clusterAdmin: d.clusterAdmin,
        workloadKind: d.workloadType ? WORKLOAD_ENUM[d.workloadType] : null,
      }));
  },
};
