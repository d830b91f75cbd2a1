/**
 * Container logs through the API server: kubectl → kube-apiserver → the simulated kubelet
 * (kwok, TLS on 127.0.0.1:10250) → the lab's log file, which a writer appends to every second.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test, beforeAll, afterAll } from 'vitest';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { labEndpoints } from '../lib/endpoints.ts';
import { deleteNamespace, eventually, kubectl, labKubeConfig, tempNamespace } from './helpers.ts';

let kc: KubeConfig;
let ns: string;

beforeAll(async () => {
  kc = labKubeConfig();
  ns = await tempNamespace(kc, 'lab-logs');
  await kc.makeApiClient(CoreV1Api).createNamespacedPod({
    namespace: ns,
    body: { metadata: { name: 'talker' }, spec: { containers: [{ name: 'app', image: 'busybox' }] } },
  });
  await eventually('pod Running', async () => (await kc.makeApiClient(CoreV1Api).readNamespacedPod({ name: 'talker', namespace: ns })).status?.phase === 'Running');
});
afterAll(() => deleteNamespace(kc, ns));

const CRI_FREE_LINE = /^level=info seq=\d+ msg=".+"$/;

test('kubectl logs returns the container output (without the CRI prefix)', async () => {
  const out = await kubectl(['logs', '-n', ns, 'talker', '--tail=5']);
  const lines = out.trim().split('\n');
  assert.ok(lines.length >= 1 && lines.length <= 5, `got ${lines.length} lines: ${out}`);
  for (const l of lines) assert.match(l, CRI_FREE_LINE);
});

test('kubectl logs -f streams lines written after it started', async () => {
  const eps = labEndpoints('kubernetes');
  const child = spawn(eps.kubectl, ['--kubeconfig', eps.kubeconfig, 'logs', '-f', '-n', ns, 'talker', '--tail=1']);
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  try {
    const seqs = await eventually('two new lines via logs -f', async () => {
      const s = [...out.matchAll(/seq=(\d+)/g)].map((m) => Number(m[1]));
      return s.length >= 3 ? s : undefined;
    }, 15_000, 200);
    // The first line is the tail; the later ones were appended while we were following.
    assert.ok(seqs[2] > seqs[0], `sequence grows: ${seqs.join(',')}`);
    assert.equal(child.exitCode, null, 'logs -f is still following');
  } finally {
    child.kill();
  }
});
