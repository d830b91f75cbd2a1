import { hasBundle, type Bundle, type BundleMask } from '@meridian/core';

/**
 * Kubernetes RBAC rules for permission bundles: what a project grant becomes in the cluster, so
 * the user's Kubernetes identity (User `meridian:<username>`, e.g. kubectl through an OIDC or
 * impersonating proxy) may do there exactly what Meridian lets them do.
 */
export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/** The objects of a project that "workloads" covers (what the workloads subgraph serves). */
const WORKLOADS: [string, string[]][] = [
  ['', ['pods', 'services', 'configmaps', 'persistentvolumeclaims', 'serviceaccounts', 'endpoints', 'replicationcontrollers', 'podtemplates', 'events']],
  ['apps', ['deployments', 'statefulsets', 'daemonsets', 'replicasets', 'controllerrevisions']],
  ['batch', ['jobs', 'cronjobs']],
  ['autoscaling', ['horizontalpodautoscalers']],
  ['networking.k8s.io', ['ingresses']],
  ['discovery.k8s.io', ['endpointslices']],
];
const SCALE: [string, string[]][] = [
  ['apps', ['deployments/scale', 'statefulsets/scale', 'replicasets/scale']],
  ['', ['replicationcontrollers/scale']],
];

const rules = (groups: [string, string[]][], verbs: string[]): PolicyRule[] => groups.map(([g, resources]) => ({ apiGroups: [g], resources, verbs }));

const BUNDLE_RULES: Record<Bundle, PolicyRule[]> = {
  'view-workloads': rules(WORKLOADS, READ),
  'manage-workloads': [...rules(WORKLOADS, [...READ, ...WRITE]), ...rules(SCALE, ['get', 'update', 'patch']), { apiGroups: [''], resources: ['secrets'], verbs: [...READ, ...WRITE] }],
  'view-monitoring': [{ apiGroups: ['metrics.k8s.io'], resources: ['pods'], verbs: READ }],
  'manage-alerting': [{ apiGroups: ['monitoring.coreos.com'], resources: ['prometheusrules'], verbs: [...READ, ...WRITE] }],
  'view-logs': [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }],
  'view-pipelines': [{ apiGroups: ['devops.kubesphere.io'], resources: ['pipelines', 'pipelineruns'], verbs: READ }],
  'manage-pipelines': [{ apiGroups: ['devops.kubesphere.io'], resources: ['pipelines', 'pipelineruns'], verbs: [...READ, ...WRITE] }],
  'manage-members': [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: READ }],
  'manage-settings': [
    { apiGroups: [''], resources: ['resourcequotas', 'limitranges'], verbs: [...READ, ...WRITE] },
    { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: [...READ, ...WRITE] },
  ],
  'create-projects': [],
};

/** The rules of a set of bundles, in a stable order (so a resync can compare them). */
export function rulesFor(mask: BundleMask): PolicyRule[] {
  return (Object.keys(BUNDLE_RULES) as Bundle[]).filter((b) => hasBundle(mask, b)).flatMap((b) => BUNDLE_RULES[b]);
}
