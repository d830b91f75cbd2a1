/**
 * client-node's typed API clients, re-exported from core so that subgraphs use the very copy
 * (and version) of @kubernetes/client-node that core's KubeConfig comes from.
 */
export { CoreV1Api, KubeConfig, Log, ApiException } from '@kubernetes/client-node';
export type { V1Pod, V1Namespace, LogOptions } from '@kubernetes/client-node';
