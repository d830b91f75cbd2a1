import type { KubeConfig } from '@kubernetes/client-node';

export { NamespaceDirectory } from './namespaces.ts';
export { sharedCaches, type SharedCaches } from './shared-caches.ts';
export { loadKubeConfig } from './load.ts';
export * from './kinds.ts';
export * from './labels.ts';
export * from './cache.ts';
export * from './transport.ts';
export * from './errors.ts';
export * from './quota-errors.ts';
export * from './quota-resources.ts';
export * from './quantity.ts';
export * from './managed-objects.ts';
export { registerCacheMetrics } from './metrics.ts';
export type { KubeConfig };
// The object types of the client-node version core pins, for subgraphs (which must not import
// client-node themselves: the root node_modules may hold a different major version).
export type {
  V1Pod,
  V1Deployment,
  V1Namespace,
  V1Scale,
  V1ReplicaSet,
  V1ConfigMap,
  V1Node,
  CoreV1Event,
  V1Job,
  V1CronJob,
  V1StatefulSet,
  V1DaemonSet,
  V1ControllerRevision,
  V1Secret,
} from '@kubernetes/client-node';

export * from './manifests.ts';
