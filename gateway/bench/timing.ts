import { performance } from 'node:perf_hooks';

/** Helpers the gateway benchmarks share: timing a call many times and reading percentiles. */

/** The p-th percentile (0..100) of `xs`. */
export const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Milliseconds of `n` sequential calls, after `warmUp` untimed ones (connections, JIT, caches). */
export async function timeCalls(n: number, call: () => Promise<unknown>, warmUp: number): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await call();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await call();
    out.push(performance.now() - t);
  }
  return out;
}
