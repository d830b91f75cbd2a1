/**
 * Health probes, one style for every subgraph: a probe resolves when its backend is usable and
 * throws (or times out) when not. /healthz reports each by name: `ok`, or why not.
 */
export type Probe = () => Promise<unknown>;
export type Probes = Record<string, Probe>;

/** A probe that has not answered in this long counts as failed (a hung backend must not hang /healthz). */
const PROBE_TIMEOUT_MS = 5_000;

function withTimeout(probe: Probe, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve().then(probe), timeout]).finally(() => clearTimeout(timer));
}

/** Runs every probe at once; `ok` or the failure's message, by name. */
export async function runProbes(probes: Probes = {}, timeoutMs = PROBE_TIMEOUT_MS): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => {
      const outcome = await withTimeout(probe, timeoutMs).then(
        () => 'ok',
        (err: unknown) => (err instanceof Error ? err.message : String(err)) || 'failed',
      );
      return [name, outcome] as const;
    }),
  );
  return Object.fromEntries(entries);
}
