import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, subgraphs, type RegisteredSubgraph } from '@meridian/core';

/** Options every subgraph's start() understands, each where it applies (e.g. no database in devops). */
export interface CommonStartOptions {
  port?: number;
  kubeconfig?: string;
  databaseUrl?: string;
}

/** What every subgraph's src/index.ts exports. */
export interface SubgraphModule {
  start(opts?: CommonStartOptions): Promise<{ url: string; stop: () => Promise<void> }>;
}

export function importSubgraph(s: RegisteredSubgraph): Promise<SubgraphModule> {
  return import(pathToFileURL(join(REPO_ROOT, s.folder, 'src', 'index.ts')).href) as Promise<SubgraphModule>;
}

/**
 * Starts every registered subgraph in this process (the launcher, and the test that counts
 * watches). `port: 0` picks free ports; otherwise each takes its registry port.
 */
export async function startRegisteredSubgraphs(opts: CommonStartOptions = {}): Promise<Array<{ name: string; url: string; stop: () => Promise<void> }>> {
  const started = await Promise.allSettled(
    subgraphs.map(async (s) => {
      const running = await (await importSubgraph(s)).start(opts);
      return { name: s.name, url: running.url, stop: running.stop };
    }),
  );
  const failed = started.find((r) => r.status === 'rejected');
  const running = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (failed) {
    // One that cannot start fails the whole launch; do not leave the others serving.
    await Promise.allSettled(running.map((r) => r.stop()));
    throw failed.reason;
  }
  return running;
}
