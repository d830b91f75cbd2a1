import type { ContextWith } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { LogStore } from './sources/elasticsearch.ts';
import type { KubernetesLogs } from './sources/kubernetes-logs.ts';

/** What the logging resolvers reach through `ctx.sources`, built once per process by index.ts. */
export interface LoggingSources {
  namespaces: NamespaceDirectory;
  kubeLogs: KubernetesLogs;
  logStore: LogStore;
  /** Live podLogTail streams, for the meridian_log_tails_active gauge (and its tests). */
  tails: { active: number };
}

export type LoggingContext = ContextWith<LoggingSources>;
