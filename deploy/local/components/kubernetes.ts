/**
 * kube-apiserver v1.35 (built from k8s.io/kubernetes in deploy/local/k8s), TLS on 127.0.0.1:6443,
 * client-cert and ServiceAccount-token authentication, Node+RBAC authorization. Publishes the
 * admin kubeconfig (<state>/kubeconfig). Named "kubernetes" because that is what it offers the
 * rest of Meridian: `endpoints.kubernetes.{server,kubeconfig}`.
 */
import { join } from 'node:path';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { ensureGoCommands } from '../lib/gobuild.ts';
import { APISERVER_PORT, APISERVER_URL, ensurePki, pkiPaths } from '../lib/pki.ts';
import { assertPortsFree, httpsGet } from '../lib/probe.ts';

export const SERVICE_CIDR = '10.96.0.0/16';

async function ready(ctx: LabContext): Promise<boolean> {
  const pki = pkiPaths(ctx);
  const res = await httpsGet(`${APISERVER_URL}/readyz`, { ca: pki.caCert, cert: pki.adminCert, key: pki.adminKey });
  return res.status === 200;
}

export const kubernetes: LabComponent = {
  name: 'kubernetes',
  dependsOn: ['etcd'],
  // kubectl is built with the control plane: tests and users drive the lab with it.
  ensureBuilt: (ctx) => ensureGoCommands(ctx, ['kube-apiserver', 'kubectl']),
  async start(ctx) {
    const pki = await ensurePki(ctx);
    await assertPortsFree('kube-apiserver', [APISERVER_PORT]);
    await ctx.spawn('kubernetes-apiserver', join(ctx.bin, 'kube-apiserver'), [
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${APISERVER_PORT}`,
      '--etcd-servers=http://127.0.0.1:2379',
      `--tls-cert-file=${pki.apiserverCert}`,
      `--tls-private-key-file=${pki.apiserverKey}`,
      `--client-ca-file=${pki.caCert}`,
      `--service-account-key-file=${pki.saPub}`,
      `--service-account-signing-key-file=${pki.saKey}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      '--authorization-mode=Node,RBAC',
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      // Logs, exec and proxy go to the simulated kubelets (kwok) on 127.0.0.1, verified by our CA.
      `--kubelet-client-certificate=${pki.kubeletClientCert}`,
      `--kubelet-client-key=${pki.kubeletClientKey}`,
      `--kubelet-certificate-authority=${pki.caCert}`,
      '--kubelet-preferred-address-types=InternalIP,Hostname',
      '--allow-privileged=true',
      '--profiling=false',
      // The `kubernetes` Service gets no endpoints: its only address would be 127.0.0.1, which
      // Endpoints refuse (loopback), and no real pod could reach it anyway.
      '--endpoint-reconciler-type=none',
      '--event-ttl=1h',
    ]);
    await ctx.waitFor('kube-apiserver /readyz', () => ready(ctx), 90_000);
    return this.endpoints(ctx);
  },
  isRunning: (ctx) => ready(ctx).catch(() => false),
  endpoints(ctx) {
    const pki = pkiPaths(ctx);
    return {
      server: APISERVER_URL,
      kubeconfig: pki.kubeconfig,
      ca: pki.caCert,
      kubectl: join(ctx.bin, 'kubectl'),
    };
  },
};
