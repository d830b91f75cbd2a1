/** What the logging resolvers need, built once per process by index.ts (and by tests). */
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { KubernetesLogs } from './sources/kubernetes-logs.ts';
import type { LogStore } from './sources/elasticsearch.ts';

export interface LoggingDeps {
  namespaces: NamespaceDirectory;
  kubeLogs: KubernetesLogs;
  logStore: LogStore;
  /** Live podLogTail streams, for the meridian_log_tails_active gauge (and its tests). */
  tails: { active: number };
}
