/** Shared helpers for the lab's own tests: they run against a lab that is up (`npm run lab:up`). */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { labEndpoints } from '../lib/endpoints.ts';

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export function labKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(labEndpoints('kubernetes').kubeconfig);
  return kc;
}

/** A fresh namespace (optionally in a workspace) that is deleted after the test file. */
export async function tempNamespace(kc: KubeConfig, prefix: string, workspace?: string): Promise<string> {
  const name = unique(prefix);
  await kc.makeApiClient(CoreV1Api).createNamespace({
    body: { metadata: { name, labels: workspace ? { 'meridian.io/workspace': workspace } : {} } },
  });
  return name;
}

export async function deleteNamespace(kc: KubeConfig, name: string): Promise<void> {
  await kc.makeApiClient(CoreV1Api).deleteNamespace({ name }).catch(() => undefined);
}

/** Polls until `check` returns a truthy value; fails with the last value seen (or error) on timeout. */
export async function eventually<T>(what: string, check: () => Promise<T>, timeoutMs = 30_000, everyMs = 500): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
      last = v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000}s (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** Runs the lab's kubectl with the admin kubeconfig. */
export function kubectl(args: string[], timeoutMs = 20_000): Promise<string> {
  const eps = labEndpoints('kubernetes');
  return new Promise((resolve, reject) => {
    execFile(eps.kubectl, ['--kubeconfig', eps.kubeconfig, ...args], { timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) reject(new Error(`kubectl ${args.join(' ')}: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** An instant PromQL query against the lab's Prometheus. */
export async function promQuery(query: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
  const url = new URL('/api/v1/query', labEndpoints('prometheus').url);
  url.searchParams.set('query', query);
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  const body = (await res.json()) as { status: string; error?: string; data: { result: { metric: Record<string, string>; value: [number, string] }[] } };
  if (body.status !== 'success') throw new Error(`PromQL ${query}: ${body.error}`);
  return body.data.result;
}
