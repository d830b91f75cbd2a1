/**
 * The devops subgraph: DevOps projects (a Kubernetes namespace + a Jenkins folder), their
 * pipelines and runs through Jenkins' REST API, starting runs and following their logs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, defineSubgraph, LAB_DIR, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { sharedCaches } from '@meridian/core/kube/index';
import type { DevOpsSources } from './context.ts';
import { JenkinsClient } from './sources/jenkins.ts';
import { DevOpsProjects } from './sources/devops-projects.ts';
import { RunFeeds } from './run-feeds.ts';
import { resolvers } from './resolvers/index.ts';
import { logDownloadRoute } from './routes/log-download.ts';

export interface DevOpsStartOptions {
  port?: number;
  kubeconfig?: string;
  jenkinsUrl?: string;
  jenkinsUser?: string;
  jenkinsToken?: string;
  logPollMs?: number;
  runStartWaitMs?: number;
  runPollMs?: number;
  logChunkBytes?: number;
}

/** Jenkins credentials: MERIDIAN_JENKINS_USER/TOKEN, else the local lab's stand-in. */
function jenkinsCredentials(): { user?: string; token?: string } {
  if (process.env.MERIDIAN_JENKINS_USER) return { user: process.env.MERIDIAN_JENKINS_USER, token: process.env.MERIDIAN_JENKINS_TOKEN };
  const file = join(LAB_DIR, 'endpoints.json');
  if (!existsSync(file)) return {};
  const lab = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>).jenkins;
  return lab ? { user: lab.user, token: lab.token } : {};
}

export async function start(opts: DevOpsStartOptions = {}): Promise<RunningDefinedSubgraph<DevOpsSources>> {
  const caches = sharedCaches(opts.kubeconfig);
  const creds = opts.jenkinsUser ? { user: opts.jenkinsUser, token: opts.jenkinsToken } : jenkinsCredentials();
  const jenkins = new JenkinsClient({ url: opts.jenkinsUrl ?? config.jenkinsUrl, ...creds });
  const timing = {
    logPollMs: opts.logPollMs ?? 1000,
    runStartWaitMs: opts.runStartWaitMs ?? 10_000,
    runPollMs: opts.runPollMs ?? 500,
    logChunkBytes: opts.logChunkBytes ?? 64 * 1024,
  };
  const sources: DevOpsSources = {
    jenkins,
    projects: new DevOpsProjects(caches.namespaces(), caches), // resolvers wait (bounded) with ready()
    runFeeds: new RunFeeds(jenkins, timing),
    timing,
  };
  return defineSubgraph({
    name: 'devops',
    schema: new URL('../schema.graphql', import.meta.url),
    sources,
    resolvers,
    caches,
    routes: logDownloadRoute(sources),
    health: { kubernetes: caches.probe, jenkins: () => jenkins.version() },
  }).listen({ port: opts.port });
}

await runWhenMain(import.meta.url, start);
