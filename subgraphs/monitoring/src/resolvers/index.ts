import type { Resolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { clusterQueries } from './cluster.ts';
import { entityResolvers, podMetricsSeries, projectMetricsSeries } from './entities.ts';
import { Pod, PodMetrics } from './pod.ts';
import { Project, ProjectMetrics } from './project.ts';
import { rankedObjectRefs, rankingQueries } from './ranking.ts';
import { alertingMutations, alertingProject, alertingQueries, alertingTypes } from '../alerting/resolvers.ts';

export const resolvers: Resolvers<MonitoringContext> = {
  Query: { ...clusterQueries, ...rankingQueries, ...alertingQueries },
  Mutation: alertingMutations,
  ...alertingTypes,
  Pod,
  PodMetrics: { ...PodMetrics, ...podMetricsSeries },
  Project: { ...Project, ...alertingProject },
  ProjectMetrics: { ...ProjectMetrics, ...projectMetricsSeries },
  ...entityResolvers,
  RankedObject: rankedObjectRefs,
};
