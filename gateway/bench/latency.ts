/**
 * What the gateway costs, measured on the fixture subgraphs (no backends, so the numbers are
 * the gateway's own overhead): HTTP query latency direct vs through the gateway, and
 * subscription event latency/throughput with a cross-subgraph field.
 *
 *   npx tsx gateway/bench/latency.ts
 */
import { performance } from 'node:perf_hooks';
import { percentile, timeCalls } from './timing.ts';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { startFixtureStack } from '../test/fixtures/index.ts';
import { gql, login, record, waitFor, wsClient } from '../test/helpers.ts';

const N = Number(process.env.N ?? 300);
const summary = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms, p99 ${percentile(xs, 99).toFixed(2)} ms (n=${xs.length})`;

const time = (n: number, call: () => Promise<unknown>) => timeCalls(n, call, 20);

const stack = await startFixtureStack();
try {
  const token = await login(stack.gateway.url, 'bench');
  const alice = userIdentity('bench');
  console.log(`direct to workloads, pods { name }:          ${summary(await time(N, () => callSubgraph(stack.workloads.url, '{ pods(project: "p") { name } }', {}, alice)))}`);
  console.log(`gateway, pods { name } (1 subgraph):         ${summary(await time(N, () => gql(stack.gateway.url, '{ pods(project: "p") { name } }', {}, token)))}`);
  console.log(`gateway, pods { name metrics } (2 subgraphs): ${summary(await time(N, () => gql(stack.gateway.url, '{ pods(project: "p") { name metrics { cpu } } }', {}, token)))}`);

  const ws = wsClient(stack.gateway.wsUrl, token);
  const rec = record(ws.client, 'subscription { podStatusChanged(project: "bench") { type pod { name metrics { cpu } } } }');
  await waitFor('subscription', () => stack.workloads.events.subscribers('bench') === 1);
  const latencies: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    stack.workloads.events.publish('bench', { type: 'MODIFIED', pod: { namespace: 'bench', name: `p${i}`, phase: 'Running' } });
    await rec.until(i + 1);
    latencies.push(performance.now() - t);
  }
  console.log(`subscription event publish->client, with Pod.metrics from monitoring: ${summary(latencies)}`);
  const burst = 1000;
  const t = performance.now();
  for (let i = 0; i < burst; i++) stack.workloads.events.publish('bench', { type: 'MODIFIED', pod: { namespace: 'bench', name: `b${i}`, phase: 'Running' } });
  await rec.until(N + burst, 60_000);
  const seconds = (performance.now() - t) / 1000;
  console.log(`burst of ${burst} events: all delivered in ${seconds.toFixed(2)} s (${Math.round(burst / seconds)} events/s, one subscription)`);
  await ws.client.dispose();

  // The same burst straight from the workloads subgraph (no gateway, no monitoring), for scale.
  const { createClient } = await import('graphql-ws');
  const WebSocket = (await import('ws')).default;
  const { IDENTITY_HEADER, config, signIdentity } = await import('@meridian/core');
  const direct = createClient({
    url: stack.workloads.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { [IDENTITY_HEADER]: await signIdentity(alice, config.internalKey) },
  });
  const directRec = record(direct, 'subscription { podStatusChanged(project: "direct") { type pod { name } } }');
  await waitFor('direct subscription', () => stack.workloads.events.subscribers('direct') === 1);
  const t2 = performance.now();
  for (let i = 0; i < burst; i++) stack.workloads.events.publish('direct', { type: 'MODIFIED', pod: { namespace: 'direct', name: `d${i}`, phase: 'Running' } });
  await directRec.until(burst, 60_000);
  const s2 = (performance.now() - t2) / 1000;
  console.log(`same burst straight from workloads (no gateway): ${s2.toFixed(2)} s (${Math.round(burst / s2)} events/s)`);
  await direct.dispose();
} finally {
  await stack.stop();
}
