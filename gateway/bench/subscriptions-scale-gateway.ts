/**
 * The gateway of gateway/bench/subscriptions-scale.ts, in a process of its own so that its RSS
 * is the gateway's alone. Subgraph URLs come in BENCH_SUBGRAPH_URLS (JSON); it prints one line
 * `{"benchGateway": {"url": …}}` when ready and stops when its stdin closes.
 */
import { startGateway } from '../src/server.ts';

const gateway = await startGateway({
  port: 0,
  subgraphUrls: JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>,
  // Thousands of sockets from one address and a few users: the benchmark's clients.
  sockets: { perAddress: 1_000_000, perUser: 1_000_000 },
});
process.stdout.write(`${JSON.stringify({ benchGateway: { url: gateway.url, wsUrl: gateway.wsUrl } })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void gateway.stop().finally(() => process.exit(0)));
