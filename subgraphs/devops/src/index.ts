/**
 * The devops subgraph: DevOps projects (a Kubernetes namespace + a Jenkins folder), their
 * pipelines and runs through Jenkins' REST API, starting runs and following their logs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, LAB_DIR, startSubgraph, stopOnSignals, type RunningSubgraph } from '@meridian/core';
import { loadKubeConfig, NamespaceDirectory } from '@meridian/core/kube/index';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { JenkinsClient } from './sources/jenkins.ts';
import { DevOpsProjects } from './sources/devops-projects.ts';
import { makeResolvers } from './resolvers/index.ts';

export interface DevOpsStartOptions {
  port?: number;
  kubeconfig?: string;
  jenkinsUrl?: string;
  jenkinsUser?: string;
  jenkinsToken?: string;
  logPollMs?: number;
  runStartWaitMs?: number;
}

/** Jenkins credentials: MERIDIAN_JENKINS_USER/TOKEN, else the local lab's stand-in. */
function jenkinsCredentials(): { user?: string; token?: string } {
  if (process.env.MERIDIAN_JENKINS_USER) return { user: process.env.MERIDIAN_JENKINS_USER, token: process.env.MERIDIAN_JENKINS_TOKEN };
  const file = join(LAB_DIR, 'endpoints.json');
  if (!existsSync(file)) return {};
  const lab = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>).jenkins;
  return lab ? { user: lab.user, token: lab.token } : {};
}

export async function start(opts: DevOpsStartOptions = {}): Promise<RunningSubgraph> {
  const namespaces = new NamespaceDirectory(loadKubeConfig(opts.kubeconfig));
  void namespaces.start().catch(() => undefined); // resolvers wait (bounded) with ready()
  const creds = opts.jenkinsUser ? { user: opts.jenkinsUser, token: opts.jenkinsToken } : jenkinsCredentials();
  const jenkins = new JenkinsClient({ url: opts.jenkinsUrl ?? config.jenkinsUrl, ...creds });
  const resolvers = makeResolvers({
    jenkins,
    projects: new DevOpsProjects(namespaces),
    logPollMs: opts.logPollMs ?? 1000,
    runStartWaitMs: opts.runStartWaitMs ?? 10_000,
  });
  return startSubgraph({
    name: 'devops',
    typeDefs: readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
    resolvers: resolvers as GraphQLResolverMap<never>,
    port: opts.port,
    health: async () => ({
      kubernetes: namespaces.health().state === 'synced' ? 'ok' : `namespaces watch ${namespaces.health().state}`,
      jenkins: await jenkins.version().then(
        () => 'ok',
        (err: Error) => err.message,
      ),
    }),
    onStop: () => namespaces.stop(),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopOnSignals(await start());
}
