import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { LAB_DIR, config } from '../config.ts';
import { Kinds, apiPath } from './kinds.ts';
import { kubeRequest } from './transport.ts';

/**
 * Helpers for tests against the lab's real API server: unique namespaces in a workspace,
 * deployments whose pods kwok runs, and polling. Not used by production code.
 */

/** The lab's kubeconfig path; throws a clear error when the lab's Kubernetes is not up. */
export function labKubeconfigPath(): string {
  const file = join(LAB_DIR, 'endpoints.json');
  if (!existsSync(file)) throw new Error(`the local lab is not running (no ${file}); start it with "npm run lab:up"`);
  const eps = JSON.parse(readFileSync(file, 'utf8')) as { kubernetes?: { kubeconfig?: string } };
  const path = eps.kubernetes?.kubeconfig;
  if (!path) throw new Error('the lab component "kubernetes" is not running; start it with "npm run lab:up"');
  return path;
}

export function labKubeConfig(path = labKubeconfigPath()): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(path);
  return kc;
}

export const uniqueName = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export async function createNamespace(kc: KubeConfig, name: string, workspace?: string): Promise<void> {
  await kubeRequest(kc, {
    method: 'POST',
    path: apiPath(Kinds.Namespace),
    body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: workspace ? { [config.workspaceLabel]: workspace } : {} } },
  });
}

export async function deleteNamespace(kc: KubeConfig, name: string): Promise<void> {
  await kubeRequest(kc, { method: 'DELETE', path: apiPath(Kinds.Namespace, { name }) }).catch(() => undefined);
}

export async function createDeployment(
  kc: KubeConfig,
  namespace: string,
  name: string,
  opts: { replicas?: number; labels?: Record<string, string>; image?: string } = {},
): Promise<void> {
  const labels = { app: name, ...opts.labels };
  await kubeRequest(kc, {
    method: 'POST',
    path: apiPath(Kinds.Deployment, { namespace }),
    body: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace, labels },
      spec: {
        replicas: opts.replicas ?? 1,
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels },
          spec: { containers: [{ name: 'main', image: opts.image ?? 'registry.local/meridian/demo:1' }] },
        },
      },
    },
  });
}

export async function createPod(
  kc: KubeConfig,
  namespace: string,
  name: string,
  opts: { labels?: Record<string, string>; nodeName?: string } = {},
): Promise<void> {
  await kubeRequest(kc, {
    method: 'POST',
    path: apiPath(Kinds.Pod, { namespace }),
    body: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace, labels: opts.labels ?? {} },
      spec: { nodeName: opts.nodeName, containers: [{ name: 'main', image: 'registry.local/meridian/demo:1' }] },
    },
  });
}

export async function createConfigMap(kc: KubeConfig, namespace: string, name: string, data: Record<string, string> = {}): Promise<void> {
  await kubeRequest(kc, {
    method: 'POST',
    path: apiPath(Kinds.ConfigMap, { namespace }),
    body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data },
  });
}

/** Polls `check` until it returns a truthy value; throws with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 30_000, everyMs = 200): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}
