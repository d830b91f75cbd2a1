import { realpathSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSecrets } from '../config.ts';
import type { Logger } from '../log.ts';
import { stopOnSignals } from '../server.ts';
import { startTracing } from '../tracing.ts';

/** Whether the module at `moduleUrl` is the script node was started with (symlinks resolved). */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  return real(fileURLToPath(moduleUrl)) === real(script);
}

/**
 * `runWhenMain(import.meta.url, start)`: when this module is run directly (`tsx src/index.ts`),
 * starts it and stops it cleanly on SIGINT/SIGTERM; when it is imported, does nothing.
 */
export async function runWhenMain(moduleUrl: string, start: () => Promise<{ stop: () => Promise<void>; log: Logger }>): Promise<void> {
  if (!isMain(moduleUrl)) return;
  // Keys first, before any backend is touched: a server without them exits at once, naming them.
  try {
    assertSecrets();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  // subgraphs/<name>/src/index.ts: the folder names the service its spans belong to.
  const tracing = startTracing({ service: basename(dirname(dirname(fileURLToPath(moduleUrl)))) });
  const running = await start();
  stopOnSignals({ log: running.log, stop: () => running.stop().finally(() => tracing.shutdown()) });
}
