import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_REGISTRY, type SubgraphName } from './subgraphs.ts';

/** The repository root, for finding the lab's state and the committed schema. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** Where the local lab keeps its runtime state (kubeconfig, data, logs, pids). Git-ignored. */
export const LAB_DIR = process.env.MERIDIAN_LAB_DIR ?? join(REPO_ROOT, '.lab');
/** Where built lab binaries are cached, outside the repo so that they survive fresh clones. */
export const LAB_CACHE = process.env.MERIDIAN_LAB_CACHE ?? join(homedir(), '.cache', 'meridian-lab');

export { type SubgraphName } from './subgraphs.ts';
/** The subgraphs' names, from the registry (subgraphs.ts). */
export const SUBGRAPHS: readonly SubgraphName[] = SUBGRAPH_REGISTRY.map((s) => s.name);

const DEFAULT_PORTS = Object.fromEntries(SUBGRAPH_REGISTRY.map((s) => [s.name, s.port])) as Record<SubgraphName, number>;

const env = (name: string) => process.env[name];

export function subgraphPort(name: SubgraphName): number {
  return Number(env(`MERIDIAN_${name.toUpperCase()}_PORT`) ?? DEFAULT_PORTS[name]);
}

export function subgraphUrl(name: SubgraphName): string {
  return env(`MERIDIAN_${name.toUpperCase()}_URL`) ?? `http://127.0.0.1:${subgraphPort(name)}/graphql`;
}

/** The secrets every server needs; none has a default, so a server without them cannot start. */
export const SECRET_VARIABLES = ['MERIDIAN_INTERNAL_KEY', 'MERIDIAN_SESSION_KEY'] as const;
export type SecretVariable = (typeof SECRET_VARIABLES)[number];
const MIN_SECRET_LENGTH = 32;
// SHA-256 of keys that once shipped as development fallbacks: anyone could read them, so they are
// refused like a missing key (digests, so that no usable key stands in the source).
const PUBLISHED_KEY_DIGESTS = new Set([
  '1d4d55a0b036794de2f06a0f6c423b5235c1410279754e278bdf86367f8c8731',
  '0231908d93382d9d01bff54f0bef39d768cd395bc71bb1af1c613e35a2713db1',
]);
const digest = (value: string) => createHash('sha256').update(value).digest('hex');

/** Why a secret variable is unusable, or undefined when it is fine. */
export function secretProblem(name: SecretVariable): string | undefined {
  const value = env(name);
  if (!value) return `${name} is not set`;
  if (value.length < MIN_SECRET_LENGTH) return `${name} is shorter than ${MIN_SECRET_LENGTH} characters`;
  if (PUBLISHED_KEY_DIGESTS.has(digest(value)) || /change-?me/i.test(value)) return `${name} is a published development value`;
  return undefined;
}

/**
 * Fails closed: throws, naming each variable, unless every secret is set to a usable value.
 * Gateway and subgraphs call it before they listen. (`npm start` generates fresh keys into the
 * git-ignored state folder and sets them before starting anything.)
 */
export function assertSecrets(): void {
  const problems = SECRET_VARIABLES.map(secretProblem).filter((p): p is string => !!p);
  if (problems.length) {
    throw new Error(`Meridian refuses to start: ${problems.join('; ')}. Set each to a random value of at least ${MIN_SECRET_LENGTH} characters (for example: openssl rand -base64 48).`);
  }
}

function secret(name: SecretVariable): string {
  const problem = secretProblem(name);
  if (problem) throw new Error(`${problem}: Meridian cannot sign or verify without it.`);
  return env(name)!;
}

export const config = {
  gatewayPort: Number(env('MERIDIAN_GATEWAY_PORT') ?? 4000),
  /** HMAC key the gateway signs identities with and subgraphs verify (MERIDIAN_INTERNAL_KEY, required). */
  get internalKey(): string {
    return secret('MERIDIAN_INTERNAL_KEY');
  },
  /** HMAC key for user session tokens issued by tenancy and checked by the gateway (MERIDIAN_SESSION_KEY, required). */
  get sessionKey(): string {
    return secret('MERIDIAN_SESSION_KEY');
  },
  kubeconfig: env('KUBECONFIG') ?? join(LAB_DIR, 'kubeconfig'),
  prometheusUrl: env('MERIDIAN_PROMETHEUS_URL') ?? 'http://127.0.0.1:9090',
  elasticsearchUrl: env('MERIDIAN_ELASTICSEARCH_URL') ?? 'http://127.0.0.1:9200',
  jenkinsUrl: env('MERIDIAN_JENKINS_URL') ?? 'http://127.0.0.1:8088',
  databaseUrl: env('DATABASE_URL'),
  /** The namespace label that says which workspace a project belongs to. */
  workspaceLabel: env('MERIDIAN_WORKSPACE_LABEL') ?? 'meridian.io/workspace',
  logLevel: env('LOG_LEVEL') ?? 'info',
};
