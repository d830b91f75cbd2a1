/**
 * Latency of the calls every console page depends on: login (scrypt-bound on purpose),
 * /internal/identity (once per token per 5 s through the gateway), and a workspaces page.
 *   node --import tsx subgraphs/tenancy/bench/auth.bench.ts     (needs the lab's Postgres)
 */
import { performance } from 'node:perf_hooks';
import { startTenancy } from '../test/helpers.ts';

const N = Number(process.env.N ?? 50);

async function measure(label: string, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${label.padEnd(28)} n=${N} p50=${p(0.5)} ms p95=${p(0.95)} ms max=${p(1)} ms`);
}

const h = await startTenancy('bench');
try {
  const admin = await h.makeUser('bench-admin', 'platform-admin');
  const identity = await h.signIn(admin.username, admin.password);
  for (let i = 0; i < 50; i++) {
    await h.call('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: `bench-${i}` }, identity);
  }
  const token = await h.login(admin.username, admin.password);
  await measure('login', () => h.login(admin.username, admin.password));
  await measure('/internal/identity', () => h.identityOf(token));
  await measure('workspaces(first: 20)', () => h.call('{ workspaces(first: 20) { totalCount edges { node { name displayName createdAt } } } }', {}, identity));
} finally {
  await h.stop();
}
