/** What the devops resolvers pass down as parents (codegen mappers point here). */
import type { JenkinsRun, JenkinsStage } from './sources/jenkins.ts';

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
  /** Stages already read (pipelineRunChanged reads them to notice changes): reused, not read again. */
  stages?: JenkinsStage[];
}

export interface PipelineStageModel {
  project: string;
  pipeline: string;
  run: number;
  stage: JenkinsStage;
}

export interface CredentialModel {
  project: string;
  id: string;
  type: 'USERNAME_PASSWORD' | 'SSH_KEY' | 'SECRET_TEXT' | 'KUBECONFIG' | 'OTHER';
  description: string | null;
}
