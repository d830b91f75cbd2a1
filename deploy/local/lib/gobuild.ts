/**
 * Builds the lab's Go commands (deploy/local/k8s/cmd/<name>) into <cache>/bin, or skips when the
 * binary is newer than everything it is built from. A cold build of the control plane takes
 * tens of minutes on 2 cores, so a warm cache must never rebuild.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LabContext } from './component.ts';

const mtime = (f: string) => (existsSync(f) ? statSync(f).mtimeMs : 0);

export function k8sModuleDir(ctx: LabContext): string {
  return join(ctx.root, 'deploy', 'local', 'k8s');
}

/** True when <bin>/<name> exists and is newer than go.mod, go.sum and the command's main.go. */
export function binaryIsFresh(ctx: LabContext, name: string): boolean {
  const bin = join(ctx.bin, name);
  if (!existsSync(bin)) return false;
  const mod = k8sModuleDir(ctx);
  const sources = [join(mod, 'go.mod'), join(mod, 'go.sum'), join(mod, 'cmd', name, 'main.go')];
  const built = mtime(bin);
  return sources.every((s) => mtime(s) <= built);
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
