/** NamespaceDirectory against the lab: workspace of a namespace and projects of a workspace, kept current by the watch. */
import { test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { config } from '../src/config.ts';
import { NamespaceDirectory } from '../src/kube/namespaces.ts';
import { Kinds, apiPath } from '../src/kube/kinds.ts';
import { kubeRequest } from '../src/kube/transport.ts';
import { createNamespace, deleteNamespace, labKubeConfig, uniqueName, waitFor } from '../src/kube/testing.ts';

const kc = labKubeConfig();
const wsA = uniqueName('ws-a');
const wsB = uniqueName('ws-b');
const ns1 = uniqueName('t-dir');
const ns2 = uniqueName('t-dir');
const dir = new NamespaceDirectory(kc);

afterAll(async () => {
  await dir.stop();
  await Promise.all([deleteNamespace(kc, ns1), deleteNamespace(kc, ns2)]);
});

const names = (ws: string) => dir.projectsOf(ws).map((n) => n.metadata!.name).sort();

test('workspaceOf and projectsOf follow label changes and deletions', async () => {
  await createNamespace(kc, ns1, wsA);
  await dir.start();
  assert.equal(dir.workspaceOf(ns1), wsA, 'from the first list');
  await createNamespace(kc, ns2, wsA);
  await waitFor('ns2 in wsA', () => names(wsA).length === 2, 10_000, 20);
  assert.deepEqual(names(wsA), [ns1, ns2].sort());
  await kubeRequest(kc, { method: 'PATCH', path: apiPath(Kinds.Namespace, { name: ns2 }), body: { metadata: { labels: { [config.workspaceLabel]: wsB } } } });
  await waitFor('ns2 moved to wsB', () => dir.workspaceOf(ns2) === wsB, 10_000, 20);
  assert.deepEqual(names(wsA), [ns1]);
  assert.deepEqual(names(wsB), [ns2]);
  await kubeRequest(kc, { method: 'PATCH', path: apiPath(Kinds.Namespace, { name: ns2 }), body: { metadata: { labels: { [config.workspaceLabel]: null } } } });
  await waitFor('ns2 without workspace', () => dir.workspaceOf(ns2) === undefined, 10_000, 20);
  assert.deepEqual(names(wsB), []);
  assert.equal(dir.health().state, 'synced');
});
