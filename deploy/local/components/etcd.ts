/**
 * etcd 3.6 (built from go.etcd.io/etcd/server/v3 in deploy/local/k8s), the API server's store.
 * Plain HTTP on loopback only. Data in <state>/etcd survives `lab down` (not `down --purge`).
 */
import { join } from 'node:path';
import type { LabComponent } from '../lib/component.ts';
import { ensureGoCommands } from '../lib/gobuild.ts';
import { assertPortsFree, httpOk } from '../lib/probe.ts';

const CLIENT = 'http://127.0.0.1:2379';
const PEER = 'http://127.0.0.1:2380';

export const etcd: LabComponent = {
  name: 'etcd',
  ensureBuilt: (ctx) => ensureGoCommands(ctx, ['etcd']),
  async start(ctx) {
    await assertPortsFree('etcd', [2379, 2380, 2381]);
    await ctx.spawn('etcd', join(ctx.bin, 'etcd'), [
      '--name=meridian-lab',
      `--data-dir=${join(ctx.state, 'etcd')}`,
      `--listen-client-urls=${CLIENT}`,
      `--advertise-client-urls=${CLIENT}`,
      `--listen-peer-urls=${PEER}`,
      `--initial-advertise-peer-urls=${PEER}`,
      `--initial-cluster=meridian-lab=${PEER}`,
      '--listen-metrics-urls=http://127.0.0.1:2381',
      // A lab store: small, compacted often, so that it stays fast on a laptop disk.
      '--quota-backend-bytes=2147483648',
      '--auto-compaction-retention=1h',
      '--log-level=warn',
    ]);
    await ctx.waitFor('etcd', () => this.isRunning(ctx), 30_000);
    return this.endpoints(ctx);
  },
  isRunning: () => httpOk(`${CLIENT}/health`),
  endpoints: () => ({ url: CLIENT }),
};
