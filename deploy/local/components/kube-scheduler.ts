/** kube-scheduler v1.35: places pods on the simulated nodes. Client cert system:kube-scheduler. */
import { join } from 'node:path';
import type { LabComponent } from '../lib/component.ts';
import { ensureGoCommands } from '../lib/gobuild.ts';
import { pkiPaths } from '../lib/pki.ts';
import { assertPortsFree, httpsGet } from '../lib/probe.ts';

const PORT = 10259;
const healthz = () => httpsGet(`https://127.0.0.1:${PORT}/healthz`, { insecure: true }).then((r) => r.status === 200, () => false);

export const kubeScheduler: LabComponent = {
  name: 'kube-scheduler',
  dependsOn: ['kubernetes'],
  ensureBuilt: (ctx) => ensureGoCommands(ctx, ['kube-scheduler']),
  async start(ctx) {
    const pki = pkiPaths(ctx);
    await assertPortsFree('kube-scheduler', [PORT]);
    const kc = pki.schedulerKubeconfig;
    await ctx.spawn('kube-scheduler', join(ctx.bin, 'kube-scheduler'), [
      '--bind-address=127.0.0.1',
      `--secure-port=${PORT}`,
      `--cert-dir=${join(pki.dir, 'kube-scheduler-serving')}`,
      `--kubeconfig=${kc}`,
      `--authentication-kubeconfig=${kc}`,
      `--authorization-kubeconfig=${kc}`,
      '--leader-elect=false',
      '--profiling=false',
    ]);
    await ctx.waitFor('kube-scheduler /healthz', healthz, 60_000);
    return this.endpoints(ctx);
  },
  isRunning: () => healthz(),
  endpoints: () => ({ healthz: `https://127.0.0.1:${PORT}/healthz` }),
};
