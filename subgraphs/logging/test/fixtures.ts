/** Test fixtures: namespaces and pods in the lab's real Kubernetes, subscriptions over graphql-ws. */
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
    throw new Error(`these tests need the lab's Kubernetes ("npx tsx deploy/local/lab.ts up"): ${(err as Error).message}`);
  }
}

interface NamespaceObject {
  metadata: { name: string; creationTimestamp: string; uid: string };
}

export async function createNamespace(name: string, labels: Record<string, string>): Promise<NamespaceObject> {
  return kubeRequest<NamespaceObject>(labKube(), { method: 'POST', path: '/api/v1/namespaces', body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } } });
}

export async function deleteNamespace(name: string): Promise<void> {
  await kubeRequest(labKube(), { method: 'DELETE', path: `/api/v1/namespaces/${name}` }).catch(() => undefined);
}

export async function namespaceGone(name: string): Promise<boolean> {
  return kubeRequest(labKube(), { path: `/api/v1/namespaces/${name}` }).then(
    () => false,
    () => true,
  );
}

export async function createPod(namespace: string, name: string, containers: string[]): Promise<void> {
  await kubeRequest(labKube(), {
    method: 'POST',
    path: `/api/v1/namespaces/${namespace}/pods`,
    body: { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: containers.map((c) => ({ name: c, image: 'busybox' })) } },
  });
}

export async function podPhase(namespace: string, name: string): Promise<string | undefined> {
  const pod = await kubeRequest<{ status?: { phase?: string } }>(labKube(), { path: `/api/v1/namespaces/${namespace}/pods/${name}` });
  return pod.status?.phase;
}

export async function eventually<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 30_000, every = 200): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000}s`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Opens a subscription as the gateway would; returns an async iterator of its events and a close. */
export async function openSubscription<T>(url: string, identity: Identity, query: string, variables: Record<string, unknown>) {
  const token = await signIdentity(identity, config.internalKey);
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { [IDENTITY_HEADER]: token }, retryAttempts: 0, lazy: false });
  const events = client.iterate<T>({ query, variables });
  return {
    events,
    async close() {
      await events.return?.();
      await client.dispose();
    },
  };
}
