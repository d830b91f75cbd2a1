/**
 * The lab's Kubernetes: real control plane, kwok nodes. Deployments run and scale, Jobs
 * complete, ServiceAccount tokens authenticate and RBAC limits them.
 */
import assert from 'node:assert/strict';
import { test, beforeAll, afterAll } from 'vitest';
import { AppsV1Api, AuthenticationV1Api, BatchV1Api, CoreV1Api, KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { labEndpoints } from '../lib/endpoints.ts';
import { deleteNamespace, eventually, labKubeConfig, tempNamespace } from './helpers.ts';

let kc: KubeConfig;
let ns: string;

beforeAll(async () => {
  kc = labKubeConfig();
  ns = await tempNamespace(kc, 'lab-k8s');
});
afterAll(() => deleteNamespace(kc, ns));

const podsOf = async (app: string): Promise<V1Pod[]> =>
  (await kc.makeApiClient(CoreV1Api).listNamespacedPod({ namespace: ns, labelSelector: `app=${app}` })).items;

test('a Deployment of 3 replicas gets 3 Running pods with pod IPs on the simulated nodes, and scaling to 0 removes them', async () => {
  const apps = kc.makeApiClient(AppsV1Api);
  await apps.createNamespacedDeployment({
    namespace: ns,
    body: {
      metadata: { name: 'web' },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
      },
    },
  });
  const running = await eventually('3 Running pods with IPs', async () => {
    const pods = (await podsOf('web')).filter((p) => p.status?.phase === 'Running' && p.status.podIP && !p.metadata?.deletionTimestamp);
    return pods.length === 3 ? pods : undefined;
  }, 30_000);
  for (const p of running) {
    assert.match(p.spec?.nodeName ?? '', /^kwok-node-\d+$/);
    assert.equal(p.status?.containerStatuses?.[0]?.ready, true);
    assert.ok(p.status?.containerStatuses?.[0]?.state?.running, 'container state is running');
  }
  assert.equal(new Set(running.map((p) => p.status?.podIP)).size, 3, 'pod IPs are distinct');

  await apps.replaceNamespacedDeploymentScale({ name: 'web', namespace: ns, body: { metadata: { name: 'web', namespace: ns }, spec: { replicas: 0 } } });
  await eventually('pods gone after scale to 0', async () => (await podsOf('web')).length === 0, 30_000);
});

test('a Job completes', async () => {
  const batch = kc.makeApiClient(BatchV1Api);
  await batch.createNamespacedJob({
    namespace: ns,
    body: {
      metadata: { name: 'once' },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'job', image: 'busybox', command: ['true'] }] } } },
    },
  });
  const job = await eventually('Job Complete', async () => {
    const j = await batch.readNamespacedJob({ name: 'once', namespace: ns });
    return j.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True') ? j : undefined;
  }, 30_000);
  assert.equal(job.status?.succeeded, 1);
});

test('a ServiceAccount token authenticates, and RBAC denies it what only admin may do', async () => {
  const core = kc.makeApiClient(CoreV1Api);
  await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: 'robot' } } });
  const { status } = await core.createNamespacedServiceAccountToken({
    name: 'robot',
    namespace: ns,
    body: { spec: { audiences: [], expirationSeconds: 600 } },
  });
  const token = status?.token;
  assert.ok(token, 'TokenRequest returned a token');

  const eps = labEndpoints('kubernetes');
  const robot = new KubeConfig();
  robot.loadFromOptions({
    clusters: [{ name: 'lab', server: eps.server, caFile: eps.ca }],
    users: [{ name: 'robot', token }],
    contexts: [{ name: 'lab', cluster: 'lab', user: 'robot' }],
    currentContext: 'lab',
  });
  // Authenticated: the API server says who the token belongs to.
  const review = await robot.makeApiClient(AuthenticationV1Api).createSelfSubjectReview({ body: {} });
  assert.equal(review.status?.userInfo?.username, `system:serviceaccount:${ns}:robot`);
  // Authorized only as RBAC allows: listing secrets is forbidden for it, allowed for admin.
  await assert.rejects(robot.makeApiClient(CoreV1Api).listNamespacedSecret({ namespace: ns }), (err: { code?: number }) => err.code === 403);
  await core.listNamespacedSecret({ namespace: ns });
});

test('a StatefulSet with volume claims runs: claims are provisioned and Bound by the default StorageClass', async () => {
  await kc.makeApiClient(AppsV1Api).createNamespacedStatefulSet({
    namespace: ns,
    body: {
      metadata: { name: 'db' },
      spec: {
        serviceName: 'db',
        replicas: 2,
        selector: { matchLabels: { app: 'db' } },
        template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'mysql:8' }] } },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
    },
  });
  await eventually('2 Running StatefulSet pods', async () => (await podsOf('db')).filter((p) => p.status?.phase === 'Running').length === 2, 30_000);
  const claims = (await kc.makeApiClient(CoreV1Api).listNamespacedPersistentVolumeClaim({ namespace: ns })).items;
  assert.deepEqual(claims.map((c) => [c.metadata?.name, c.status?.phase, c.spec?.storageClassName]).sort(), [
    ['data-db-0', 'Bound', 'kwok-volume'],
    ['data-db-1', 'Bound', 'kwok-volume'],
  ]);
});

test('every simulated node is Ready with both addresses the API server needs to reach its kubelet', async () => {
  const nodes = (await kc.makeApiClient(CoreV1Api).listNode({ labelSelector: 'type=kwok' })).items;
  assert.ok(nodes.length >= 3, `${nodes.length} kwok nodes`);
  for (const n of nodes) {
    const addresses = Object.fromEntries((n.status?.addresses ?? []).map((a) => [a.type, a.address]));
    assert.deepEqual(addresses, { InternalIP: '127.0.0.1', Hostname: n.metadata?.name }, `${n.metadata?.name} addresses`);
    assert.equal(n.status?.daemonEndpoints?.kubeletEndpoint?.Port, 10250);
    assert.equal(n.status?.conditions?.find((c) => c.type === 'Ready')?.status, 'True');
    assert.equal(n.status?.allocatable?.cpu, '8');
  }
});
