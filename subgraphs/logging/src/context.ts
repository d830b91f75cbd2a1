import type { ContextWith } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { LogStore } from './sources/elasticsearch.ts';
import type { KubernetesLogs } from './sources/kubernetes-logs.ts';
import type { WorkloadPods } from './sources/workload-pods.ts';
import type { LogFeed } from './sources/log-feed.ts';
import type { EventStore } from './sources/event-store.ts';
import type { AuditStore } from './sources/audit-store.ts';

/** What the logging resolvers reach through `ctx.sources`, built once per process by index.ts. */
export interface LoggingSources {
  namespaces: NamespaceDirectory;
  kubeLogs: KubernetesLogs;
  logStore: LogStore;
  /** Live podLogTail streams, for the meridian_log_tails_active gauge (and its tests). */
  tails: { active: number };
  /** A workload's pods (shared caches), for the workload filter. */
  workloads: WorkloadPods;
  /** Lines from the pipeline's Kafka topic, for logTail. */
  logFeed: LogFeed;
  /** Exported Kubernetes Events (searchEvents). */
  eventStore: EventStore;
  /** Indexed audit records (searchAuditEvents). */
  auditStore: AuditStore;
  /** This install's id (its database's); unset without a database: no audit record is this install's then. */
  install?: () => Promise<string>;
  /** When these workspaces were created (the installation's database); unset without one. */
  workspacesSince?: (names: readonly string[]) => Promise<{ name: string; since: Date }[]>;
}

export type LoggingContext = ContextWith<LoggingSources>;
