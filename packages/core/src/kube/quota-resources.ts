/**
 * What a project or workspace quota may limit (ResourceQuota `spec.hard` keys, KubeSphere's
 * quota form): compute, storage and object counts. Plain data with no imports: the tenancy
 * subgraph checks input against it and the console offers it (`@meridian/core/kube/quota-resources`).
 */
export const QUOTA_RESOURCES = [
  'requests.cpu',
  'limits.cpu',
  'requests.memory',
  'limits.memory',
  'requests.storage',
  'persistentvolumeclaims',
  'pods',
  'services',
  'services.loadbalancers',
  'services.nodeports',
  'configmaps',
  'secrets',
  'count/deployments.apps',
  'count/statefulsets.apps',
  'count/jobs.batch',
  'count/cronjobs.batch',
] as const;
