/** What the resolvers need, built once per process by index.ts (and by tests). */
import type { JenkinsClient } from './sources/jenkins.ts';
import type { DevOpsProjects } from './sources/devops-projects.ts';

export interface DevOpsDeps {
  jenkins: JenkinsClient;
  projects: DevOpsProjects;
  /** How often pipelineRunLog polls progressiveText while a run is building. */
  logPollMs: number;
  /** How long runPipeline waits for Jenkins to take the build out of its queue. */
  runStartWaitMs: number;
}
