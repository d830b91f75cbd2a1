/**
 * kube-state-metrics, Meridian's substitute (deploy/local/kube-state-metrics): the same series
 * names and labels, from informers, on 127.0.0.1:8081. The real one cannot be built here (the
 * Go module proxy refuses k8s.io/kube-state-metrics).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabComponent } from '../lib/component.ts';
import { ensurePki } from '../lib/pki.ts';
import { assertPortsFree, httpOk } from '../lib/probe.ts';

const PORT = 8081;
const URL = `http://127.0.0.1:${PORT}`;
/** Namespace labels exported as `label_*`: the workspace a project belongs to. */
export const LABELS_ALLOWLIST = 'namespaces=[meridian.io/workspace,kubernetes.io/metadata.name],pods=[app,app.kubernetes.io/name]';

/** Like the real one: list/watch only, as its own user (client cert CN=meridian:kube-state-metrics). */
const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: meridian:kube-state-metrics
rules:
- apiGroups: [""]
  resources: [pods, nodes, namespaces, persistentvolumeclaims]
  verbs: [list, watch]
- apiGroups: [apps]
  resources: [deployments, replicasets, statefulsets, daemonsets]
  verbs: [list, watch]
- apiGroups: [batch]
  resources: [jobs]
  verbs: [list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: meridian:kube-state-metrics
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: meridian:kube-state-metrics
subjects:
- apiGroup: rbac.authorization.k8s.io
  kind: User
  name: meridian:kube-state-metrics
`;

export const kubeStateMetrics: LabComponent = {
  name: 'kube-state-metrics',
  dependsOn: ['kubernetes'],
  async ensureBuilt() {
    /* TypeScript run by tsx: nothing to build */
  },
  async start(ctx) {
    await assertPortsFree('kube-state-metrics', [PORT]);
    const pki = await ensurePki(ctx);
    const rbac = join(ctx.state, 'kube-state-metrics-rbac.yaml');
    writeFileSync(rbac, RBAC);
    await ctx.run(join(ctx.bin, 'kubectl'), ['--kubeconfig', pki.kubeconfig, 'apply', '-f', rbac]);
    await ctx.spawn(
      'kube-state-metrics',
      process.execPath,
      [
        '--import', 'tsx',
        join(ctx.root, 'deploy', 'local', 'kube-state-metrics', 'main.ts'),
        '--port', String(PORT),
        '--kubeconfig', pki.kubeStateMetricsKubeconfig,
        '--metric-labels-allowlist', LABELS_ALLOWLIST,
      ],
      { cwd: ctx.root },
    );
    await ctx.waitFor('kube-state-metrics', () => httpOk(`${URL}/healthz`), 60_000);
    return this.endpoints(ctx);
  },
  isRunning: () => httpOk(`${URL}/healthz`),
  endpoints: () => ({ url: URL, metrics: `${URL}/metrics` }),
};
