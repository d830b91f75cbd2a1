/**
 * Container logs through the API server: kubectl → kube-apiserver → the simulated kubelet (kwok,
 * TLS on 127.0.0.1:10250) → the container's own file, which the lab's log generator
 * (kwok/log-generator.ts) grows about once a second with lines that depend on the namespace,
 * pod and container (kwok/log-lines.ts).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test, beforeAll, afterAll } from 'vitest';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { labEndpoints } from '../lib/endpoints.ts';
import { containerOutput, containerSeed } from '../kwok/log-lines.ts';
import { deleteNamespace, eventually, kubectl, labKubeConfig, tempNamespace } from './helpers.ts';

let kc: KubeConfig;
let ns: string;
/** A pod name whose `app` container prints a stack trace within its first few outputs. */
let tracer = '';

const LEVELLED = /^(INFO|WARN|ERROR|DEBUG) +\w+: .+ seq=(\d+)$/;
const seqs = (out: string) => out.split('\n').map((l) => LEVELLED.exec(l)).filter((m) => m).map((m) => Number(m![2]));

async function runPod(name: string, containers: string[]) {
  await kc.makeApiClient(CoreV1Api).createNamespacedPod({
    namespace: ns,
    body: { metadata: { name }, spec: { containers: containers.map((c) => ({ name: c, image: 'busybox' })) } },
  });
}

beforeAll(async () => {
  kc = labKubeConfig();
  ns = await tempNamespace(kc, 'lab-logs');
  // The generator's output is a function of the names, so the test can choose a pod whose
  // container fails early (its 1st..4th output is an ERROR with a trace) instead of waiting.
  for (let i = 0; !tracer; i++) {
    const name = `tracer-${i}`;
    if ([1, 2, 3, 4].some((seq) => containerOutput(containerSeed(ns, name, 'app'), seq).length > 1)) tracer = name;
  }
  await runPod('talker', ['app', 'sidecar']);
  await runPod('other', ['app']);
  await runPod(tracer, ['app']);
  for (const name of ['talker', 'other', tracer]) {
    await eventually(`${name} Running`, async () => (await kc.makeApiClient(CoreV1Api).readNamespacedPod({ name, namespace: ns })).status?.phase === 'Running');
  }
});
afterAll(() => deleteNamespace(kc, ns));

test('kubectl logs returns the container output without the CRI prefix, levelled lines with a sequence', async () => {
  const out = await eventually('a few lines', async () => {
    const o = await kubectl(['logs', '-n', ns, 'talker', '-c', 'app']);
    return seqs(o).length >= 3 ? o : undefined;
  }, 20_000);
  assert.match(out.split('\n')[0], /^INFO {2}main: starting app \(image busybox\) seq=0$/);
  for (const l of out.trim().split('\n')) assert.doesNotMatch(l, /^\d{4}-\d\d-\d\dT.* stdout F /);
});

test('two pods, and two containers of one pod, print different streams', async () => {
  const [a, b, c] = await eventually('three streams with output', async () => {
    const outs = await Promise.all([
      kubectl(['logs', '-n', ns, 'talker', '-c', 'app']),
      kubectl(['logs', '-n', ns, 'other', '-c', 'app']),
      kubectl(['logs', '-n', ns, 'talker', '-c', 'sidecar']),
    ]);
    return outs.every((o) => seqs(o).length >= 3) ? outs : undefined;
  }, 20_000);
  const lineN = (out: string, n: number) => out.split('\n').find((l) => l.endsWith(` seq=${n}`))?.replace(/ seq=\d+$/, '');
  assert.notEqual(lineN(a, 1), lineN(b, 1), 'pods talker and other');
  assert.notEqual(lineN(a, 1), lineN(c, 1), 'containers app and sidecar');
  // Each stream is the generator's output for exactly that namespace/pod/container.
  assert.equal(a.split('\n').find((l) => l.endsWith(' seq=1')), containerOutput(containerSeed(ns, 'talker', 'app'), 1)[0]);
});

test("a container's log grows while it runs", async () => {
  const first = Math.max(...seqs(await kubectl(['logs', '-n', ns, 'other'])));
  const later = await eventually('newer lines', async () => {
    const last = Math.max(...seqs(await kubectl(['logs', '-n', ns, 'other'])));
    return last > first ? last : undefined;
  }, 15_000);
  assert.ok(later > first);
});

test('a stack trace spans several lines after its ERROR line', async () => {
  const out = await eventually('the stack trace', async () => {
    const o = await kubectl(['logs', '-n', ns, tracer]);
    return /\n\tat /.test(o) && /\n\t\.\.\. \d+ more/.test(o) ? o : undefined;
  }, 20_000);
  const lines = out.split('\n');
  const error = lines.findIndex((l) => l.startsWith('ERROR '));
  assert.ok(error >= 0, out);
  assert.match(lines[error + 1], /^[\w.]+(Exception|Error): /);
  assert.match(lines[error + 2], /^\tat [\w.]+\(\w+\.java:\d+\)$/);
  const end = lines.findIndex((l, i) => i > error && /^\t\.\.\. \d+ more$/.test(l));
  assert.ok(end > error + 2, 'the trace ends with "... N more" after its frames');
  assert.ok(lines.slice(error + 2, end).every((l) => l.startsWith('\tat ')));
});

test('kubectl logs -f streams lines written after it started', async () => {
  const eps = labEndpoints('kubernetes');
  const child = spawn(eps.kubectl, ['--kubeconfig', eps.kubeconfig, 'logs', '-f', '-n', ns, 'talker', '-c', 'app', '--tail=1']);
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  try {
    const got = await eventually('two new lines via logs -f', async () => {
      const s = seqs(out);
      return s.length >= 3 ? s : undefined;
    }, 20_000, 200);
    // The first line is the tail; the later ones were appended while we were following.
    assert.ok(got[2] > got[0], `sequence grows: ${got.join(',')}`);
    assert.equal(child.exitCode, null, 'logs -f is still following');
  } finally {
    child.kill();
  }
});
