import type { ContextWith } from '@meridian/core';
import type { DevOpsProjects } from './sources/devops-projects.ts';
import type { JenkinsClient } from './sources/jenkins.ts';
import type { RunFeeds } from './run-feeds.ts';

/** What the devops resolvers reach through `ctx.sources`, built once per process by index.ts. */
export interface DevOpsSources {
  jenkins: JenkinsClient;
  projects: DevOpsProjects;
  /** pipelineRunChanged's poll loops, one per pipeline shared by its subscribers. */
  runFeeds: RunFeeds;
  timing: {
    /** How often pipelineRunLog polls progressiveText while a run is building. */
    logPollMs: number;
    /** How long runPipeline waits for Jenkins to take the build out of its queue. */
    runStartWaitMs: number;
    /** How often pipelineRunChanged polls a pipeline's recent runs. */
    runPollMs: number;
    /** The largest piece of log read from Jenkins (and sent as one event) at a time. */
    logChunkBytes: number;
  };
}

export type DevOpsContext = ContextWith<DevOpsSources>;
