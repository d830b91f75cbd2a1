import { existsSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { config } from '../config.ts';
import { upstreamUnavailable } from '../errors.ts';

export { NamespaceDirectory } from './namespaces.ts';
export * from './kinds.ts';
export * from './labels.ts';
export * from './cache.ts';
export * from './transport.ts';
export * from './errors.ts';
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
} from '@kubernetes/client-node';

/** Loads the kubeconfig Meridian runs with: $KUBECONFIG, else the local lab's admin config. */
export function loadKubeConfig(path = config.kubeconfig): KubeConfig {
  const kc = new KubeConfig();
  if (existsSync(path)) kc.loadFromFile(path);
  else if (process.env.KUBERNETES_SERVICE_HOST) kc.loadFromCluster();
  else throw upstreamUnavailable('Kubernetes', new Error(`no kubeconfig at ${path}; start the lab with "npm run lab:up" or set KUBECONFIG`));
  return kc;
}
