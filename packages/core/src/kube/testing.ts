import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { LAB_DIR, config } from '../config.ts';
import { Kinds, apiPath, type KindDescriptor } from './kinds.ts';
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

/** POSTs a manifest of `kind`; apiVersion and kind come from its descriptor. */
async function createObject(kc: KubeConfig, kind: KindDescriptor, manifest: { metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<string, unknown>): Promise<void> {
  const apiVersion = kind.group ? `${kind.group}/${kind.version}` : kind.version;
  await kubeRequest(kc, { method: 'POST', path: apiPath(kind, { namespace: manifest.metadata.namespace }), body: { apiVersion, kind: kind.kind, ...manifest } });
}

export async function createNamespace(kc: KubeConfig, name: string, workspace?: string): Promise<void> {
  await createObject(kc, Kinds.Namespace, { metadata: { name, labels: workspace ? { [config.workspaceLabel]: workspace } : {} } });
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
  await createObject(kc, Kinds.Deployment, {
    metadata: { name, namespace, labels },
    spec: {
      replicas: opts.replicas ?? 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'main', image: opts.image ?? 'registry.local/meridian/demo:1' }] },
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
  await createObject(kc, Kinds.Pod, {
    metadata: { name, namespace, labels: opts.labels ?? {} },
    spec: { nodeName: opts.nodeName, containers: [{ name: 'main', image: 'registry.local/meridian/demo:1' }] },
  });
}

export async function createConfigMap(kc: KubeConfig, namespace: string, name: string, data: Record<string, string> = {}): Promise<void> {
  await createObject(kc, Kinds.ConfigMap, { metadata: { name, namespace }, data });
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

/**
 * A TCP forwarder to the API server that a test can cut: every open connection is reset and
 * new ones are refused until `listen()` again — a real network break, not a simulated one.
 */
export class CuttableProxy {
  private server = net.createServer((client) => this.accept(client));
  private sockets = new Set<net.Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  static toApiServer(kc: KubeConfig): CuttableProxy {
    const url = new URL(kc.getCurrentCluster()!.server);
    return new CuttableProxy({ host: url.hostname, port: Number(url.port || 443) });
  }

  private accept(client: net.Socket) {
    const upstream = net.connect(this.target.port, this.target.host);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  }

  /** Listens (again) on the same port as before, or a free one the first time. */
  async listen(port = this.port): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** Resets every open connection and stops accepting new ones. */
  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const s of this.sockets) s.resetAndDestroy();
    await closed;
    this.server = net.createServer((client) => this.accept(client));
  }
}

/** A copy of `kc` whose current cluster is reached through 127.0.0.1:`port` (same host name, so TLS still verifies). */
export function proxiedKubeConfig(kc: KubeConfig, port: number): KubeConfig {
  const copy = new KubeConfig();
  copy.loadFromString(kc.exportConfig());
  const current = copy.getCurrentCluster()!;
  const host = new URL(current.server).hostname;
  const clusters = copy.clusters.map((c) => (c.name === current.name ? { ...c, server: `https://${host}:${port}` } : c));
  copy.loadFromOptions({ clusters, users: copy.users, contexts: copy.contexts, currentContext: copy.currentContext });
  return copy;
}

/** The same, written to a temporary kubeconfig file (for `start({ kubeconfig })`). */
export function proxiedKubeconfigFile(kc: KubeConfig, port: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'meridian-kc-')), 'kubeconfig');
  writeFileSync(file, proxiedKubeConfig(kc, port).exportConfig());
  return file;
}

/** A kubeconfig whose API server never answers (port 9 on loopback), for outage tests. */
export function unreachableKubeconfig(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'meridian-deadkube-')), 'kubeconfig');
  writeFileSync(
    path,
    `apiVersion: v1
kind: Config
clusters: [{ name: dead, cluster: { server: "https://127.0.0.1:9" } }]
users: [{ name: u, user: { token: "x" } }]
contexts: [{ name: dead, context: { cluster: dead, user: u } }]
current-context: dead
`,
  );
  return path;
}
