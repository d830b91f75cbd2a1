import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { config, IDENTITY_HEADER, signIdentity, type Identity } from '@meridian/core';
import { callSubgraph } from '@meridian/core/testing';
import { createNamespace, labKubeconfigPath } from '@meridian/core/kube/testing';
import type { KubeConfig } from '@meridian/core/kube/index';
import { start, type RunningWorkloads } from '../src/index.ts';

export type Gql = <T = Record<string, unknown>>(
  identity: Identity | null,
  query: string,
  variables?: Record<string, unknown>,
) => ReturnType<typeof callSubgraph<T>>;

export const gqlAt = (url: string): Gql => (identity, query, variables = {}) => callSubgraph(url, query, variables, identity);

/** Creates the test's namespaces (name and workspace), then starts the subgraph on the lab, with a caller for it. */
export async function startOverNamespaces(kc: KubeConfig, namespaces: [name: string, workspace: string][]): Promise<{ sg: RunningWorkloads; gql: Gql }> {
  for (const [name, workspace] of namespaces) await createNamespace(kc, name, workspace);
  const sg = await start({ port: 0, kubeconfig: labKubeconfigPath() });
  return { sg, gql: gqlAt(sg.url) };
}

/** A graphql-ws client that connects as the gateway does, with a signed identity. */
export function wsClient(url: string, identity: Identity): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: async () => ({ [IDENTITY_HEADER]: await signIdentity(identity, config.internalKey) }),
    retryAttempts: 0,
  });
}

export const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

export interface Recorded<T> {
  results: { data?: T | null; errors?: readonly { message: string; extensions?: { code?: string } }[] }[];
  /** An error message the server closed the subscription with (subscribe-time refusals). */
  error?: unknown;
  done: boolean;
  /** Resolves with the first result `match` accepts; rejects after `timeoutMs`. */
  until(match: (r: Recorded<T>['results'][number]) => boolean, what: string, timeoutMs?: number): Promise<Recorded<T>['results'][number]>;
  stop(): void;
}

/** Subscribes and records every result (and how it ended), for tests that wait for one. */
export function recordSubscription<T>(client: Client, query: string, variables: Record<string, unknown>): Recorded<T> {
  const rec: Recorded<T> = {
    results: [],
    done: false,
    until(match, what, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      return new Promise((resolve, reject) => {
        const tick = () => {
          const found = rec.results.find(match);
          if (found) return resolve(found);
          if (rec.done || Date.now() > deadline) return reject(new Error(`no ${what} (${rec.done ? 'subscription ended' : 'timed out'}; got ${JSON.stringify(rec.results).slice(0, 2000)}, error ${String(rec.error)})`));
          setTimeout(tick, 50);
        };
        tick();
      });
    },
    stop: () => unsubscribe(),
  };
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => void rec.results.push(r as Recorded<T>['results'][number]),
      error: (e) => {
        rec.error = e;
        if (Array.isArray(e)) rec.results.push({ errors: e });
        rec.done = true;
      },
      complete: () => void (rec.done = true),
    },
  );
  return rec;
}
