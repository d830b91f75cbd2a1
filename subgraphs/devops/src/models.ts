/** What the devops resolvers pass down as parents (codegen mappers point here). */
import type { JenkinsRun } from './sources/jenkins.ts';

export interface DevOpsProjectModel {
  name: string;
  workspace: string | null;
}

export interface PipelineModel {
  project: string;
  name: string;
  description: string | null;
  lastBuild: JenkinsRun | null;
}

export interface PipelineRunModel {
  project: string;
  pipeline: string;
  /** The run as Jenkins reports it; absent while the build still waits in the queue. */
  run: JenkinsRun | null;
  queueId?: number;
}
