/**
 * Builds the lab's Go commands (deploy/local/k8s/cmd/<name>) into <cache>/bin, or skips when the
 * binary was built from exactly the sources now in the tree. A cold build of the control plane
 * takes minutes on 2 cores, so a warm cache must never rebuild. Freshness is a content hash, not
 * a file time: a fresh clone (CI) has new mtimes on unchanged sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabContext } from './component.ts';

export function k8sModuleDir(ctx: LabContext): string {
  return join(ctx.root, 'deploy', 'local', 'k8s');
}

/** The hash of what a command is built from: go.mod, go.sum and its main.go. */
export function sourceHash(ctx: LabContext, name: string): string {
  const mod = k8sModuleDir(ctx);
  const hash = createHash('sha256');
  for (const f of [join(mod, 'go.mod'), join(mod, 'go.sum'), join(mod, 'cmd', name, 'main.go')]) {
    hash.update(existsSync(f) ? readFileSync(f) : '');
  }
  return hash.digest('hex');
}

const stampOf = (ctx: LabContext, name: string) => join(ctx.bin, `${name}.sources-sha256`);

/** True when <bin>/<name> exists and its stamp says it was built from the current sources. */
export function binaryIsFresh(ctx: LabContext, name: string): boolean {
  const stamp = stampOf(ctx, name);
  if (!existsSync(join(ctx.bin, name)) || !existsSync(stamp)) return false;
  return readFileSync(stamp, 'utf8') === sourceHash(ctx, name);
}

/** Builds the named commands of deploy/local/k8s that are missing or stale, one go build, niced. */
export async function ensureGoCommands(ctx: LabContext, names: string[]): Promise<void> {
  const stale = names.filter((n) => !binaryIsFresh(ctx, n));
  if (stale.length === 0) return;
  const mod = k8sModuleDir(ctx);
  ctx.log(`building ${stale.join(', ')} from ${mod} (a cold build takes a long while on 2 cores)`);
  // go.sum is committed and complete: the default -mod=readonly never rewrites it (a rewrite
  // would make every binary look stale).
  await ctx.run('nice', ['go', 'mod', 'download'], { cwd: mod });
  await ctx.run('nice', ['go', 'build', '-trimpath', '-o', ctx.bin + '/', ...stale.map((n) => `./cmd/${n}`)], { cwd: mod });
  for (const n of stale) writeFileSync(stampOf(ctx, n), sourceHash(ctx, n));
}

/** kwok is built from its own module (sigs.k8s.io/kwok), pinned. */
export const KWOK_VERSION = 'v0.8.0';

export async function ensureKwok(ctx: LabContext): Promise<void> {
  if (existsSync(join(ctx.bin, 'kwok'))) return;
  ctx.log(`building kwok ${KWOK_VERSION}`);
  await ctx.run('nice', ['go', 'install', `sigs.k8s.io/kwok/cmd/kwok@${KWOK_VERSION}`], { env: { GOBIN: ctx.bin } });
}

/** Where Go keeps kwok's module source: its default stages are read from there. */
export async function kwokModuleDir(ctx: LabContext): Promise<string> {
  const modcache = (await ctx.run('go', ['env', 'GOMODCACHE'])).trim();
  const dir = join(modcache, 'sigs.k8s.io', `kwok@${KWOK_VERSION}`);
  if (!existsSync(dir)) await ctx.run('go', ['mod', 'download', `sigs.k8s.io/kwok@${KWOK_VERSION}`]);
  return dir;
}
