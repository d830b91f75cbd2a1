import type { Resolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { clusterQueries } from './cluster.ts';
import { entityResolvers, podMetricsSeries, projectMetricsSeries } from './entities.ts';
import { Pod, PodMetrics } from './pod.ts';
import { Project, ProjectMetrics } from './project.ts';
import { rankingQueries } from './ranking.ts';

export const resolvers: Resolvers<MonitoringContext> = {
  Query: { ...clusterQueries, ...rankingQueries },
  Pod,
  PodMetrics: { ...PodMetrics, ...podMetricsSeries },
  Project,
  ProjectMetrics: { ...ProjectMetrics, ...projectMetricsSeries },
  ...entityResolvers,
};
