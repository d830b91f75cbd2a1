/** Our kube-state-metrics substitute's series, from objects (no lab needed). */
import assert from 'node:assert/strict';
import { test } from 'vitest';
import { render } from '../kube-state-metrics/exposition.ts';
import { Families } from '../kube-state-metrics/families.ts';
import { parseQuantity } from '../kube-state-metrics/quantity.ts';
import { namespaceSeries, nodeSeries, parseAllowlist, persistentVolumeClaimSeries, podSeries } from '../kube-state-metrics/series.ts';

const samples = (fam: Families, name: string) => fam.list().find((f) => f.name === name)!.samples;

test('quantities parse like Kubernetes', () => {
  assert.equal(parseQuantity('250m'), 0.25);
  assert.equal(parseQuantity('64Mi'), 64 * 2 ** 20);
  assert.equal(parseQuantity('1G'), 1e9);
  assert.equal(parseQuantity('8'), 8);
  assert.equal(parseQuantity('1.5e3'), 1500);
  assert.ok(Number.isNaN(parseQuantity('lots')));
});

test('namespace labels follow the allowlist and ksm naming', () => {
  const allow = parseAllowlist('namespaces=[meridian.io/workspace],pods=[app]');
  assert.deepEqual(allow, { namespaces: ['meridian.io/workspace'], pods: ['app'] });
  const fam = new Families();
  namespaceSeries(fam, { metadata: { name: 'shop', labels: { 'meridian.io/workspace': 'acme', secret: 'x' } }, status: { phase: 'Active' } }, allow);
  assert.deepEqual(samples(fam, 'kube_namespace_labels'), [{ labels: { namespace: 'shop', label_meridian_io_workspace: 'acme' }, value: 1 }]);
  assert.deepEqual(samples(fam, 'kube_namespace_status_phase').map((s) => [s.labels.phase, s.value]), [['Active', 1], ['Terminating', 0]]);
});

test('a pod yields info, owner, phase, container and resource series', () => {
  const fam = new Families();
  podSeries(fam, {
    metadata: { name: 'api-1', namespace: 'shop', uid: 'u1', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'api-7d', uid: 'r', controller: true }] },
    spec: { nodeName: 'kwok-node-0', containers: [{ name: 'server', image: 'api:1', resources: { requests: { cpu: '250m' }, limits: { memory: '128Mi' } } }] },
    status: { phase: 'Running', podIP: '10.244.0.9', containerStatuses: [{ name: 'server', image: 'api:1', imageID: '', ready: true, restartCount: 2, state: { running: {} } }] },
  }, {});
  const [info] = samples(fam, 'kube_pod_info');
  assert.equal(info.labels.created_by_kind, 'ReplicaSet');
  assert.equal(info.labels.created_by_name, 'api-7d');
  assert.equal(info.labels.node, 'kwok-node-0');
  assert.equal(info.labels.pod_ip, '10.244.0.9');
  assert.deepEqual(samples(fam, 'kube_pod_owner').map((s) => [s.labels.owner_kind, s.labels.owner_name, s.labels.owner_is_controller]), [['ReplicaSet', 'api-7d', 'true']]);
  assert.deepEqual(samples(fam, 'kube_pod_status_phase').filter((s) => s.value === 1).map((s) => s.labels.phase), ['Running']);
  assert.equal(samples(fam, 'kube_pod_container_status_restarts_total')[0].value, 2);
  assert.equal(samples(fam, 'kube_pod_container_status_ready')[0].value, 1);
  assert.deepEqual(samples(fam, 'kube_pod_container_resource_requests').map((s) => [s.labels.resource, s.labels.unit, s.value]), [['cpu', 'core', 0.25]]);
  assert.deepEqual(samples(fam, 'kube_pod_container_resource_limits').map((s) => [s.labels.resource, s.labels.unit, s.value]), [['memory', 'byte', 128 * 2 ** 20]]);
});

test('a node yields info, capacity with units, and conditions; exposition escapes label values', () => {
  const fam = new Families();
  nodeSeries(fam, {
    metadata: { name: 'n1' },
    status: {
      capacity: { cpu: '8', memory: '32Gi', pods: '110' },
      allocatable: { cpu: '7500m' },
      conditions: [{ type: 'Ready', status: 'True' }],
      nodeInfo: { kubeletVersion: 'kwok-0.8.0', osImage: 'say "hi"\\', architecture: '', bootID: '', containerRuntimeVersion: '', kernelVersion: '', kubeProxyVersion: '', machineID: '', operatingSystem: '', systemUUID: '' },
    },
  }, {});
  assert.deepEqual(samples(fam, 'kube_node_status_capacity').map((s) => [s.labels.resource, s.labels.unit, s.value]), [['cpu', 'core', 8], ['memory', 'byte', 32 * 2 ** 30], ['pods', 'integer', 110]]);
  assert.equal(samples(fam, 'kube_node_status_allocatable')[0].value, 7.5);
  assert.deepEqual(samples(fam, 'kube_node_status_condition').map((s) => [s.labels.status, s.value]), [['true', 1], ['false', 0], ['unknown', 0]]);
  const text = render(fam.list());
  assert.match(text, /^# TYPE kube_node_info gauge$/m);
  assert.ok(text.includes('os_image="say \\"hi\\"\\\\"'), 'quotes and backslashes escaped');
});

test('a claim yields info with its class and volume, its phase and requested bytes', () => {
  const fam = new Families();
  persistentVolumeClaimSeries(fam, {
    metadata: { name: 'data-db-0', namespace: 'shop' },
    spec: { storageClassName: 'kwok-volume', volumeName: 'pvc-1', resources: { requests: { storage: '2Gi' } } },
    status: { phase: 'Bound' },
  });
  assert.deepEqual(samples(fam, 'kube_persistentvolumeclaim_info')[0].labels, { namespace: 'shop', persistentvolumeclaim: 'data-db-0', storageclass: 'kwok-volume', volumename: 'pvc-1' });
  assert.deepEqual(samples(fam, 'kube_persistentvolumeclaim_status_phase').filter((s) => s.value === 1).map((s) => s.labels.phase), ['Bound']);
  assert.equal(samples(fam, 'kube_persistentvolumeclaim_resource_requests_storage_bytes')[0].value, 2 * 2 ** 30);
});
