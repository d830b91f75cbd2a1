/**
 * kube-controller-manager v1.35: Deployments → ReplicaSets → Pods, Jobs, namespaces, garbage
 * collection, ServiceAccount tokens. Authenticates as system:kube-controller-manager (client
 * cert); each controller then uses its own ServiceAccount (--use-service-account-credentials).
 */
import { join } from 'node:path';
import type { LabComponent } from '../lib/component.ts';
import { ensureGoCommands } from '../lib/gobuild.ts';
import { pkiPaths } from '../lib/pki.ts';
import { assertPortsFree, httpsGet } from '../lib/probe.ts';
import { SERVICE_CIDR } from './kubernetes.ts';

const PORT = 10257;
const healthz = () => httpsGet(`https://127.0.0.1:${PORT}/healthz`, { insecure: true }).then((r) => r.status === 200, () => false);

export const kubeControllerManager: LabComponent = {
  name: 'kube-controller-manager',
  dependsOn: ['kubernetes'],
  ensureBuilt: (ctx) => ensureGoCommands(ctx, ['kube-controller-manager']),
  async start(ctx) {
    const pki = pkiPaths(ctx);
    await assertPortsFree('kube-controller-manager', [PORT]);
    const kc = pki.controllerManagerKubeconfig;
    await ctx.spawn('kube-controller-manager', join(ctx.bin, 'kube-controller-manager'), [
      '--bind-address=127.0.0.1',
      `--secure-port=${PORT}`,
      `--cert-dir=${join(pki.dir, 'kube-controller-manager-serving')}`,
      `--kubeconfig=${kc}`,
      `--authentication-kubeconfig=${kc}`,
      `--authorization-kubeconfig=${kc}`,
      '--leader-elect=false',
      `--root-ca-file=${pki.caCert}`,
      `--service-account-private-key-file=${pki.saKey}`,
      '--use-service-account-credentials=true',
      `--cluster-signing-cert-file=${pki.caCert}`,
      `--cluster-signing-key-file=${pki.caKey}`,
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      // No cloud and no real kubelets: node IPAM and cloud controllers stay off (their defaults).
      '--allocate-node-cidrs=false',
      '--profiling=false',
    ]);
    await ctx.waitFor('kube-controller-manager /healthz', healthz, 60_000);
    return this.endpoints(ctx);
  },
  isRunning: () => healthz(),
  endpoints: () => ({ healthz: `https://127.0.0.1:${PORT}/healthz` }),
};
