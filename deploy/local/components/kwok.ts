/**
 * The simulated nodes: kwok (sigs.k8s.io/kwok) plays the kubelet for N Node objects. Pods
 * scheduled there get Running with pod IPs and container statuses, Jobs' pods complete, deleted
 * pods go. kwok also serves the kubelet API on 127.0.0.1:10250 (TLS, cert from our CA), so
 * `kubectl logs [-f]` works through the API server, and cAdvisor-style metrics per node. Each
 * simulated container has its own growing log (kwok/log-generator.ts, via per-pod Logs objects).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { ensureKwok, kwokModuleDir } from '../lib/gobuild.ts';
import { pkiPaths } from '../lib/pki.ts';
import { assertPortsFree, httpOk } from '../lib/probe.ts';
import { CADVISOR_PATH, KWOK_PORT, POD_CIDR, STORAGE_CLASS_YAML, kwokConfigYaml, nodesYaml } from '../kwok/config.ts';

const SERVER = `127.0.0.1:${KWOK_PORT}`;

function paths(ctx: LabContext) {
  const dir = join(ctx.state, 'kwok');
  return { dir, config: join(dir, 'kwok.yaml'), nodes: join(dir, 'nodes.yaml'), logFile: join(dir, 'containers.log'), logDir: join(dir, 'logs') };
}

/**
 * Creates (or leaves as they are) kwok-node-0..N-1 and the default StorageClass, and waits until
 * kwok has made the nodes Ready.
 */
async function applyNodes(ctx: LabContext) {
  const p = paths(ctx);
  const kubeconfig = pkiPaths(ctx).kubeconfig;
  const kubectl = join(ctx.bin, 'kubectl');
  mkdirSync(p.dir, { recursive: true });
  writeFileSync(p.nodes, `${nodesYaml(ctx.nodes)}---\n${STORAGE_CLASS_YAML}`);
  await ctx.run(kubectl, ['--kubeconfig', kubeconfig, 'apply', '-f', p.nodes]);
  await ctx.run(kubectl, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Ready', 'node', '-l', 'type=kwok', '--timeout=60s']);
  const names = (await ctx.run(kubectl, ['--kubeconfig', kubeconfig, 'get', 'nodes', '-l', 'type=kwok', '-o', 'jsonpath={.items[*].metadata.name}'])).trim().split(/\s+/);
  // Both address types, always: when a node has only one, kwok's node-initialize stage (run
  // again whenever a node was NotReady) writes `addresses:` with just the missing one, or with
  // nothing at all, and the node loses its InternalIP: the API server can then no longer reach
  // the simulated kubelet (`kubectl logs` fails with "no preferred addresses found").
  for (const name of names) {
    const addresses = [{ type: 'InternalIP', address: '127.0.0.1' }, { type: 'Hostname', address: name }];
    await ctx.run(kubectl, ['--kubeconfig', kubeconfig, 'patch', 'node', name, '--subresource=status', '--type=merge', '-p', JSON.stringify({ status: { addresses } })]);
  }
  ctx.log(`${names.length} simulated nodes Ready`);
}

/**
 * A new kwok process has a new identity and will not take over node leases still held by the
 * previous one until they expire (40 s), and it leaves those nodes' pods alone until then.
 * The lab owns these nodes, so it hands their leases back before kwok starts.
 */
async function releaseNodeLeases(ctx: LabContext) {
  const kubeconfig = pkiPaths(ctx).kubeconfig;
  const kubectl = join(ctx.bin, 'kubectl');
  const nodes = (await ctx.run(kubectl, ['--kubeconfig', kubeconfig, 'get', 'nodes', '-l', 'type=kwok', '-o', 'jsonpath={.items[*].metadata.name}'])).trim();
  if (!nodes) return;
  await ctx.run(kubectl, ['--kubeconfig', kubeconfig, '-n', 'kube-node-lease', 'delete', 'lease', '--ignore-not-found', ...nodes.split(/\s+/)]);
}

export const kwok: LabComponent = {
  name: 'kwok',
  dependsOn: ['kubernetes', 'kube-controller-manager', 'kube-scheduler'],
  ensureBuilt: (ctx) => ensureKwok(ctx),
  async start(ctx) {
    await assertPortsFree('kwok', [KWOK_PORT]);
    const p = paths(ctx);
    const pki = pkiPaths(ctx);
    mkdirSync(p.dir, { recursive: true });
    writeFileSync(p.config, kwokConfigYaml(await kwokModuleDir(ctx), p.logFile));
    // Where a container's log comes from until the generator has made its pod's Logs object
    // (a second or so): nothing yet, as for a container that has not printed anything.
    writeFileSync(p.logFile, '');
    await releaseNodeLeases(ctx);
    // Per-pod Logs objects come from the API server (kwok watches them): install their CRD.
    await ctx.run(join(ctx.bin, 'kubectl'), ['--kubeconfig', pki.kubeconfig, 'apply', '-f', join(await kwokModuleDir(ctx), 'kustomize/crd/bases/kwok.x-k8s.io_logs.yaml')]);
    await ctx.spawn('kwok', join(ctx.bin, 'kwok'), [
      `--kubeconfig=${pki.kubeconfig}`,
      `--config=${p.config}`,
      '--manage-all-nodes=false',
      '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
      '--node-ip=127.0.0.1',
      '--node-name=localhost', // the Hostname address kwok gives a node that has none
      `--node-port=${KWOK_PORT}`,
      `--server-address=${SERVER}`,
      `--tls-cert-file=${pki.kubeletServingCert}`,
      `--tls-private-key-file=${pki.kubeletServingKey}`,
      '--node-lease-duration-seconds=40',
      `--cidr=${POD_CIDR}`,
      '--v=WARN', // kwok logs every lease renewal at INFO
      '--enable-crds=Logs',
    ]);
    await ctx.waitFor('kwok /healthz', () => httpOk(`http://${SERVER}/healthz`), 60_000);
    // Every simulated container's own growing log (kwok/log-generator.ts).
    await ctx.spawn('kwok-logs', join(ctx.root, 'node_modules/.bin/tsx'), [join(ctx.root, 'deploy/local/kwok/log-generator.ts'), '--kubeconfig', pki.kubeconfig, '--dir', p.logDir]);
    await applyNodes(ctx);
    return this.endpoints(ctx);
  },
  /** `lab up --nodes N` on a running lab: adds the missing nodes (never removes any). */
  reconcile: (ctx) => applyNodes(ctx),
  isRunning: () => httpOk(`http://${SERVER}/healthz`),
  endpoints: (ctx) => ({
    kubelet: `https://${SERVER}`,
    discovery: `http://${SERVER}/discovery/prometheus`,
    cadvisor: `http://${SERVER}${CADVISOR_PATH}`,
    logDir: paths(ctx).logDir,
  }),
};
