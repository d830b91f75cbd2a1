/**
 * Meridian's kube-state-metrics substitute: the upstream module is not available from the Go
 * proxy here, so this serves the same series (names, labels, semantics) from client-node
 * informers. `tsx main.ts --port 8081 --kubeconfig <file> --metric-labels-allowlist namespaces=[meridian.io/workspace]`
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { AppsV1Api, BatchV1Api, CoreV1Api, KubeConfig, makeInformer, type Informer, type KubernetesObject, type ObjectCache } from '@kubernetes/client-node';
import { render } from './exposition.ts';
import { Families } from './families.ts';
import { daemonSetSeries, deploymentSeries, jobSeries, namespaceSeries, nodeSeries, parseAllowlist, persistentVolumeClaimSeries, podSeries, replicaSetSeries, statefulSetSeries } from './series.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8081' },
    host: { type: 'string', default: '127.0.0.1' },
    kubeconfig: { type: 'string' },
    'metric-labels-allowlist': { type: 'string', default: '' },
  },
});

const kc = new KubeConfig();
if (values.kubeconfig) kc.loadFromFile(values.kubeconfig);
else kc.loadFromDefault();
const core = kc.makeApiClient(CoreV1Api);
const apps = kc.makeApiClient(AppsV1Api);
const batch = kc.makeApiClient(BatchV1Api);
const allow = parseAllowlist(values['metric-labels-allowlist'] ?? '');

type Watched<T extends KubernetesObject> = Informer<T> & ObjectCache<T>;
const synced = new Set<string>();

function watch<T extends KubernetesObject>(path: string, list: () => Promise<{ items: T[] }>): Watched<T> {
  const informer = makeInformer<T>(kc, path, list as never);
  let retry: NodeJS.Timeout | undefined;
  // An informer stops on a watch error (API server restart, expired resourceVersion), and a
  // first list can fail (API server not up yet): either way, one re-list after a pause.
  const restartLater = () => {
    retry ??= setTimeout(() => {
      retry = undefined;
      start();
    }, 2000);
  };
  const start = () => {
    informer.start().then(() => synced.add(path), restartLater);
  };
  informer.on('error', restartLater);
  start();
  return informer;
}

const pods = watch('/api/v1/pods', () => core.listPodForAllNamespaces());
const nodes = watch('/api/v1/nodes', () => core.listNode());
const namespaces = watch('/api/v1/namespaces', () => core.listNamespace());
const deployments = watch('/apis/apps/v1/deployments', () => apps.listDeploymentForAllNamespaces());
const replicaSets = watch('/apis/apps/v1/replicasets', () => apps.listReplicaSetForAllNamespaces());
const statefulSets = watch('/apis/apps/v1/statefulsets', () => apps.listStatefulSetForAllNamespaces());
const daemonSets = watch('/apis/apps/v1/daemonsets', () => apps.listDaemonSetForAllNamespaces());
const jobs = watch('/apis/batch/v1/jobs', () => batch.listJobForAllNamespaces());
const claims = watch('/api/v1/persistentvolumeclaims', () => core.listPersistentVolumeClaimForAllNamespaces());
const ALL = 9;

function scrape(): string {
  const fam = new Families();
  for (const p of pods.list()) podSeries(fam, p, allow);
  for (const n of nodes.list()) nodeSeries(fam, n, allow);
  for (const ns of namespaces.list()) namespaceSeries(fam, ns, allow);
  for (const d of deployments.list()) deploymentSeries(fam, d);
  for (const r of replicaSets.list()) replicaSetSeries(fam, r);
  for (const s of statefulSets.list()) statefulSetSeries(fam, s);
  for (const d of daemonSets.list()) daemonSetSeries(fam, d);
  for (const j of jobs.list()) jobSeries(fam, j);
  for (const c of claims.list()) persistentVolumeClaimSeries(fam, c);
  return render(fam.list());
}

const server = createServer((req, res) => {
  const ready = synced.size === ALL;
  if (req.url === '/healthz' || req.url === '/readyz') {
    res.writeHead(ready ? 200 : 503).end(ready ? 'ok' : 'syncing');
  } else if (req.url === '/metrics') {
    if (!ready) return void res.writeHead(503).end('informers not synced yet\n');
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(scrape());
  } else {
    res.writeHead(404).end('not found: try /metrics\n');
  }
});
server.listen(Number(values.port), values.host, () => console.log(`kube-state-metrics (meridian) on http://${values.host}:${values.port}/metrics`));

// Prometheus keeps its connection open: close it too, or close() would wait for it.
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
