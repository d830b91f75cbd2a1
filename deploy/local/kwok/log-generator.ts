/**
 * Gives every simulated container its own growing log: kwok serves `kubectl logs` from a file
 * named by a `Logs` object (kwok.x-k8s.io/v1alpha1) per pod, so this process, started by the
 * lab's kwok component, watches pods on the kwok nodes, writes one CRI-format file per container
 * under <dir>/<namespace>/<pod>/<container>.log, creates the pod's `Logs` object pointing at
 * those files (owned by the pod: the garbage collector deletes it with the pod), and appends the
 * container's next output (log-lines.ts) every second or so. Files of deleted pods are removed.
 *
 * Usage: tsx log-generator.ts --kubeconfig <file> --dir <folder>
 */
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CoreV1Api, CustomObjectsApi, KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { containerOutput, containerSeed, criLines } from './log-lines.ts';

const { values } = parseArgs({ options: { kubeconfig: { type: 'string' }, dir: { type: 'string' }, 'interval-ms': { type: 'string', default: '1000' } } });
const dir = values.dir!;
const intervalMs = Number(values['interval-ms']);
const kc = new KubeConfig();
kc.loadFromFile(values.kubeconfig!);
const core = kc.makeApiClient(CoreV1Api);
const custom = kc.makeApiClient(CustomObjectsApi);

interface ContainerLog {
  file: string;
  seed: number;
  seq: number;
}
/** Per pod uid: its folder and its containers' logs. */
const pods = new Map<string, { folder: string; containers: ContainerLog[] }>();

const podFolder = (p: V1Pod) => join(dir, p.metadata!.namespace!, `${p.metadata!.name!}_${p.metadata!.uid!}`);

async function createLogsObject(p: V1Pod, containers: { name: string; file: string }[]) {
  const body = {
    apiVersion: 'kwok.x-k8s.io/v1alpha1',
    kind: 'Logs',
    metadata: {
      name: p.metadata!.name,
      namespace: p.metadata!.namespace,
      ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: p.metadata!.name!, uid: p.metadata!.uid!, blockOwnerDeletion: false }],
    },
    spec: { logs: containers.map((c) => ({ containers: [c.name], logsFile: c.file, follow: true })) },
  };
  try {
    await custom.createNamespacedCustomObject({ group: 'kwok.x-k8s.io', version: 'v1alpha1', namespace: p.metadata!.namespace!, plural: 'logs', body });
  } catch (err) {
    // 409: a Logs object of this name exists, left by an earlier pod of the same name that is
    // being deleted; replace it so the new pod reads its own files.
    if ((err as { code?: number }).code !== 409) throw err;
    await custom.deleteNamespacedCustomObject({ group: 'kwok.x-k8s.io', version: 'v1alpha1', namespace: p.metadata!.namespace!, plural: 'logs', name: p.metadata!.name! });
    await custom.createNamespacedCustomObject({ group: 'kwok.x-k8s.io', version: 'v1alpha1', namespace: p.metadata!.namespace!, plural: 'logs', body });
  }
}

async function adopt(p: V1Pod) {
  const folder = podFolder(p);
  mkdirSync(folder, { recursive: true });
  const containers = [...(p.spec?.initContainers ?? []), ...(p.spec?.containers ?? [])].map((c) => {
    const file = join(folder, `${c.name}.log`);
    const log = { file, seed: containerSeed(p.metadata!.namespace!, p.metadata!.name!, c.name), seq: 0 };
    // Start-up output, written before kwok can be asked for it.
    appendFileSync(file, criLines([`INFO  main: starting ${c.name} (image ${c.image}) seq=0`]));
    return { name: c.name, log };
  });
  await createLogsObject(p, containers.map((c) => ({ name: c.name, file: c.log.file })));
  pods.set(p.metadata!.uid!, { folder, containers: containers.map((c) => c.log) });
}

/** Each tick: adopt new pods on kwok nodes, drop gone ones, append output to running containers. */
async function tick() {
  // resourceVersion=0: served from the API server's watch cache, cheap even with many pods.
  const list = await core.listPodForAllNamespaces({ resourceVersion: '0' });
  const seen = new Set<string>();
  for (const p of list.items) {
    if (!p.spec?.nodeName?.startsWith('kwok-node-') || p.metadata?.deletionTimestamp) continue;
    const uid = p.metadata!.uid!;
    seen.add(uid);
    if (!pods.has(uid)) await adopt(p).catch((err) => console.error(`pod ${p.metadata!.namespace}/${p.metadata!.name}: ${(err as Error).message}`));
    if (p.status?.phase !== 'Running') continue;
    for (const c of pods.get(uid)?.containers ?? []) {
      // Not every container prints every second; the seed decides how chatty each one is.
      if ((c.seed % 3 === 0 ? 0.5 : 0.85) < Math.random()) continue;
      c.seq++;
      appendFileSync(c.file, criLines(containerOutput(c.seed, c.seq)));
    }
  }
  for (const [uid, pod] of pods) {
    if (seen.has(uid)) continue;
    rmSync(pod.folder, { recursive: true, force: true });
    pods.delete(uid);
  }
}

rmSync(dir, { recursive: true, force: true }); // a fresh set of logs per lab start
mkdirSync(dir, { recursive: true });
console.log(`writing per-container logs under ${dir}`);
for (;;) {
  const t0 = Date.now();
  await tick().catch((err) => console.error(`log generator: ${(err as Error).message}`));
  await new Promise((r) => setTimeout(r, Math.max(100, intervalMs - (Date.now() - t0))));
}
