import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, for finding the lab's state and the committed schema. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** Where the local lab keeps its runtime state (kubeconfig, data, logs, pids). Git-ignored. */
export const LAB_DIR = process.env.MERIDIAN_LAB_DIR ?? join(REPO_ROOT, '.lab');
/** Where built lab binaries are cached, outside the repo so that they survive fresh clones. */
export const LAB_CACHE = process.env.MERIDIAN_LAB_CACHE ?? join(homedir(), '.cache', 'meridian-lab');

export const SUBGRAPHS = ['tenancy', 'workloads', 'devops', 'monitoring', 'logging', 'appstore'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

const DEFAULT_PORTS: Record<SubgraphName, number> = {
  tenancy: 4101,
  workloads: 4102,
  devops: 4103,
  monitoring: 4104,
  logging: 4105,
  appstore: 4106,
};

const env = (name: string) => process.env[name];

export function subgraphPort(name: SubgraphName): number {
  return Number(env(`MERIDIAN_${name.toUpperCase()}_PORT`) ?? DEFAULT_PORTS[name]);
}

export function subgraphUrl(name: SubgraphName): string {
  return env(`MERIDIAN_${name.toUpperCase()}_URL`) ?? `http://127.0.0.1:${subgraphPort(name)}/graphql`;
}

export const config = {
  gatewayPort: Number(env('MERIDIAN_GATEWAY_PORT') ?? 4000),
  /** HMAC key the gateway signs identities with and subgraphs verify. Set it in production. */
  internalKey: env('MERIDIAN_INTERNAL_KEY') ?? 'meridian-dev-internal-key-change-me',
  /** HMAC key for user session tokens issued by tenancy and checked by the gateway. */
  sessionKey: env('MERIDIAN_SESSION_KEY') ?? 'meridian-dev-session-key-change-me',
  kubeconfig: env('KUBECONFIG') ?? join(LAB_DIR, 'kubeconfig'),
  prometheusUrl: env('MERIDIAN_PROMETHEUS_URL') ?? 'http://127.0.0.1:9090',
  elasticsearchUrl: env('MERIDIAN_ELASTICSEARCH_URL') ?? 'http://127.0.0.1:9200',
  jenkinsUrl: env('MERIDIAN_JENKINS_URL') ?? 'http://127.0.0.1:8088',
  databaseUrl: env('DATABASE_URL'),
  /** The namespace label that says which workspace a project belongs to. */
  workspaceLabel: env('MERIDIAN_WORKSPACE_LABEL') ?? 'meridian.io/workspace',
  logLevel: env('LOG_LEVEL') ?? 'info',
};
