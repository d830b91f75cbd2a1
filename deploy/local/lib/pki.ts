/**
 * The lab's PKI, made with openssl into <state>/pki: one CA, the API server's serving cert, client
 * certs for the admin (system:masters), the controller manager, the scheduler and our
 * kube-state-metrics, the API server's kubelet-client cert, a serving cert for the simulated kubelets (kwok), and the
 * service-account signing key pair. Generated once and kept, so that kubeconfigs and
 * ServiceAccount tokens stay valid across `lab down` / `lab up` (until `lab down --purge`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabContext } from './component.ts';

export const APISERVER_PORT = 6443;
export const APISERVER_URL = `https://127.0.0.1:${APISERVER_PORT}`;

export interface Pki {
  dir: string;
  caCert: string;
  caKey: string;
  apiserverCert: string;
  apiserverKey: string;
  kubeletClientCert: string;
  kubeletClientKey: string;
  kubeletServingCert: string;
  kubeletServingKey: string;
  adminCert: string;
  adminKey: string;
  saKey: string;
  saPub: string;
  /** Admin kubeconfig (system:masters), the one users, tests and Meridian use. */
  kubeconfig: string;
  controllerManagerKubeconfig: string;
  schedulerKubeconfig: string;
  /** Read-only identity of our kube-state-metrics (bound by a ClusterRole, not system:masters). */
  kubeStateMetricsKubeconfig: string;
}

export function pkiPaths(ctx: LabContext): Pki {
  const dir = join(ctx.state, 'pki');
  const p = (f: string) => join(dir, f);
  return {
    dir,
    caCert: p('ca.crt'),
    caKey: p('ca.key'),
    apiserverCert: p('apiserver.crt'),
    apiserverKey: p('apiserver.key'),
    kubeletClientCert: p('apiserver-kubelet-client.crt'),
    kubeletClientKey: p('apiserver-kubelet-client.key'),
    kubeletServingCert: p('kubelet-serving.crt'),
    kubeletServingKey: p('kubelet-serving.key'),
    adminCert: p('admin.crt'),
    adminKey: p('admin.key'),
    saKey: p('sa.key'),
    saPub: p('sa.pub'),
    kubeconfig: join(ctx.state, 'kubeconfig'),
    controllerManagerKubeconfig: p('kube-controller-manager.kubeconfig'),
    schedulerKubeconfig: p('kube-scheduler.kubeconfig'),
    kubeStateMetricsKubeconfig: p('kube-state-metrics.kubeconfig'),
  };
}

interface CertSpec {
  name: string;
  subject: string;
  usage: 'server' | 'client' | 'both';
  dns?: string[];
  ips?: string[];
}

const DAYS = '3650';

async function newKey(ctx: LabContext, file: string) {
  // EC P-256: generated in milliseconds, accepted by every Kubernetes component.
  await ctx.run('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file]);
}

async function ensureCa(ctx: LabContext, pki: Pki) {
  if (existsSync(pki.caCert) && existsSync(pki.caKey)) return;
  await newKey(ctx, pki.caKey);
  await ctx.run('openssl', [
    'req', '-x509', '-new', '-key', pki.caKey, '-days', DAYS, '-subj', '/CN=meridian-lab-ca', '-out', pki.caCert,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign,digitalSignature',
  ]);
}

async function ensureCert(ctx: LabContext, pki: Pki, spec: CertSpec) {
  const crt = join(pki.dir, `${spec.name}.crt`);
  const key = join(pki.dir, `${spec.name}.key`);
  if (existsSync(crt) && existsSync(key)) return;
  const csr = join(pki.dir, `${spec.name}.csr`);
  const ext = join(pki.dir, `${spec.name}.ext`);
  const eku = { server: 'serverAuth', client: 'clientAuth', both: 'serverAuth,clientAuth' }[spec.usage];
  const sans = [...(spec.dns ?? []).map((d) => `DNS:${d}`), ...(spec.ips ?? []).map((i) => `IP:${i}`)];
  writeFileSync(
    ext,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      `extendedKeyUsage=${eku}`,
      ...(sans.length ? [`subjectAltName=${sans.join(',')}`] : []),
    ].join('\n') + '\n',
  );
  await newKey(ctx, key);
  await ctx.run('openssl', ['req', '-new', '-key', key, '-subj', spec.subject, '-out', csr]);
  await ctx.run('openssl', [
    'x509', '-req', '-in', csr, '-CA', pki.caCert, '-CAkey', pki.caKey, '-CAcreateserial', '-days', DAYS, '-extfile', ext, '-out', crt,
  ]);
}

function kubeconfigYaml(pki: Pki, user: string, cert: string, key: string): string {
  // Paths, not inline data: short files, and a renewed cert needs no kubeconfig rewrite.
  return `apiVersion: v1
kind: Config
clusters:
- name: meridian-lab
  cluster:
    server: ${APISERVER_URL}
    certificate-authority: ${pki.caCert}
users:
- name: ${user}
  user:
    client-certificate: ${cert}
    client-key: ${key}
contexts:
- name: meridian-lab
  context:
    cluster: meridian-lab
    user: ${user}
current-context: meridian-lab
`;
}

/** Creates whatever part of the PKI and the kubeconfigs is missing. */
export async function ensurePki(ctx: LabContext): Promise<Pki> {
  const pki = pkiPaths(ctx);
  mkdirSync(pki.dir, { recursive: true });
  await ensureCa(ctx, pki);
  await ensureCert(ctx, pki, {
    name: 'apiserver',
    subject: '/CN=kube-apiserver',
    usage: 'server',
    dns: ['localhost', 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local'],
    ips: ['127.0.0.1', '10.96.0.1'],
  });
  // The API server's identity towards kubelets (here: kwok), for logs, exec and proxy.
  await ensureCert(ctx, pki, { name: 'apiserver-kubelet-client', subject: '/O=system:masters/CN=kube-apiserver-kubelet-client', usage: 'client' });
  // What the simulated kubelets serve on 127.0.0.1; the API server verifies it against our CA.
  await ensureCert(ctx, pki, { name: 'kubelet-serving', subject: '/CN=kwok-kubelet', usage: 'server', dns: ['localhost'], ips: ['127.0.0.1'] });
  await ensureCert(ctx, pki, { name: 'admin', subject: '/O=system:masters/CN=meridian-admin', usage: 'client' });
  await ensureCert(ctx, pki, { name: 'kube-controller-manager', subject: '/CN=system:kube-controller-manager', usage: 'client' });
  await ensureCert(ctx, pki, { name: 'kube-scheduler', subject: '/CN=system:kube-scheduler', usage: 'client' });
  await ensureCert(ctx, pki, { name: 'kube-state-metrics', subject: '/CN=meridian:kube-state-metrics', usage: 'client' });
  if (!existsSync(pki.saKey) || !existsSync(pki.saPub)) {
    await ctx.run('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', pki.saKey]);
    await ctx.run('openssl', ['pkey', '-in', pki.saKey, '-pubout', '-out', pki.saPub]);
  }
  const write = (file: string, body: string) => existsSync(file) || writeFileSync(file, body, { mode: 0o600 });
  write(pki.kubeconfig, kubeconfigYaml(pki, 'meridian-admin', pki.adminCert, pki.adminKey));
  write(pki.controllerManagerKubeconfig, kubeconfigYaml(pki, 'system:kube-controller-manager', join(pki.dir, 'kube-controller-manager.crt'), join(pki.dir, 'kube-controller-manager.key')));
  write(pki.schedulerKubeconfig, kubeconfigYaml(pki, 'system:kube-scheduler', join(pki.dir, 'kube-scheduler.crt'), join(pki.dir, 'kube-scheduler.key')));
  write(pki.kubeStateMetricsKubeconfig, kubeconfigYaml(pki, 'meridian:kube-state-metrics', join(pki.dir, 'kube-state-metrics.crt'), join(pki.dir, 'kube-state-metrics.key')));
  return pki;
}
