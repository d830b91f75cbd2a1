/** Test fixtures: namespaces in the lab's real Kubernetes, and GraphQL over graphql-ws. */
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { config, IDENTITY_HEADER, signIdentity, type Identity } from '@meridian/core';
import { kubeRequest, loadKubeConfig } from '@meridian/core/kube/index';

export const suffix = () => randomBytes(4).toString('hex');

/** The lab's kubeconfig; fails clearly when the lab is down (tests do not silently skip). */
export function labKube() {
  try {
    return loadKubeConfig();
  } catch (err) {
    throw new Error(`these tests need the lab's Kubernetes: ${(err as Error).message}`);
  }
}

export async function createNamespace(name: string, labels: Record<string, string>): Promise<void> {
  await kubeRequest(labKube(), { method: 'POST', path: '/api/v1/namespaces', body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } } });
}

export async function deleteNamespace(name: string): Promise<void> {
  await kubeRequest(labKube(), { method: 'DELETE', path: `/api/v1/namespaces/${name}` }).catch(() => undefined);
}

/** Runs a subscription to completion (or until `limit` events), as the gateway would. */
export async function subscribe<T>(url: string, identity: Identity, query: string, variables: Record<string, unknown>, limit = Infinity) {
  const token = await signIdentity(identity, config.internalKey);
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { [IDENTITY_HEADER]: token }, retryAttempts: 0 });
  const events: { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[] = [];
  try {
    const it = client.iterate<T>({ query, variables });
    for await (const ev of it) {
      events.push(ev as (typeof events)[number]);
      if (events.length >= limit) break;
    }
  } catch (err) {
    // graphql-ws rejects with the error list when the subscription fails before any event.
    const list = Array.isArray(err) ? err : [err];
    events.push({ errors: list.map((e) => ({ message: String(e?.message ?? e), extensions: e?.extensions })) });
  } finally {
    await client.dispose();
  }
  return events;
}

/** A subscription left open: its events gather in `events` until `stop()`. */
export async function openSubscription<T>(url: string, identity: Identity, query: string, variables: Record<string, unknown>) {
  const token = await signIdentity(identity, config.internalKey);
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { [IDENTITY_HEADER]: token }, retryAttempts: 0 });
  const events: { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[] = [];
  const it = client.iterate<T>({ query, variables });
  const done = (async () => {
    try {
      for await (const ev of it) events.push(ev as (typeof events)[number]);
    } catch (err) {
      const list = Array.isArray(err) ? err : [err];
      events.push({ errors: list.map((e) => ({ message: String(e?.message ?? e), extensions: e?.extensions })) });
    }
  })();
  return {
    events,
    async stop() {
      await it.return?.();
      await client.dispose();
      await done;
    },
  };
}

/** Polls `fn` until `ok` (or `ms` passed); returns the last value. */
export async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, everyMs));
    v = await fn();
  }
  return v;
}
