import type { Resolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { Pod, PodMetrics } from './pod.ts';
import { Project, ProjectMetrics } from './project.ts';

export const resolvers: Resolvers<MonitoringContext> = { Pod, PodMetrics, Project, ProjectMetrics };
