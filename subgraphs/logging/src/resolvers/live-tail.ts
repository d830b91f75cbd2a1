/**
 * logTail: a project's lines as the pipeline carries them (Kafka), from now on, narrowed to a
 * workload's pods, a pod, a container or a keyword. Access is checked again for every line (a
 * revoked grant or a deleted project ends the subscription with NOT_FOUND), in order, so lines
 * keep their order.
 */
import { hiddenOrMissing, projectAccess } from '@meridian/core';
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import { assertCanReadPodLogs } from '../access.ts';
import { pushIterator } from '../push-iterator.ts';
import type { LogRecord } from '../pipeline/log-record.ts';
import type { LogHit } from '../sources/elasticsearch.ts';
import { levelOf } from '../sources/log-level.ts';

export function hitOf(r: LogRecord): LogHit {
  const message = r.message.replace(/\r?\n$/, '');
  return { id: r.id, time: r.time, message, namespace: r.namespace, pod: r.pod, container: r.container, host: r.node, level: levelOf(message), highlights: [] };
}

export const logTailSubscription: Pick<SubscriptionResolvers<LoggingContext>, 'logTail'> = {
  logTail: {
    async subscribe(_parent, { project, workload, pod, container, keyword }, ctx) {
      const { namespaces, workloads, logFeed } = ctx.sources;
      await assertCanReadPodLogs(ctx.identity, namespaces, project);
      const matches = workload ? await workloads.matcher(project, workload.kind, workload.name) : undefined;
      if (matches === null) throw hiddenOrMissing('Workload', `${project}/${workload!.name}`);
      const needle = keyword?.trim().toLowerCase() || undefined;
      const created = namespaces.get(project)?.metadata?.creationTimestamp;
      const since = created ? new Date(created).getTime() : 0;

      const listening: { off?: () => void; closed?: boolean } = {};
      const it = pushIterator<{ logTail: LogHit }>(() => {
        listening.closed = true;
        listening.off?.();
      });
      let chain = Promise.resolve();
      const wanted = async (r: LogRecord): Promise<boolean> => {
        if (r.namespace !== project || (pod && r.pod !== pod) || (container && r.container !== container)) return false;
        if (needle && !r.message.toLowerCase().includes(needle)) return false;
        if (Date.parse(r.time) < since) return false;
        if (matches) {
          const labels = await workloads.podLabels(project, r.pod);
          if (!labels || !matches(labels)) return false;
        }
        return true;
      };
      listening.off = await logFeed.listen((r) => {
        chain = chain.then(async () => {
          if (!(await wanted(r))) return;
          try {
            await projectAccess(ctx.identity, namespaces, project).require('view-logs');
          } catch (err) {
            return it.end(err as Error);
          }
          it.push({ logTail: hitOf(r) });
        }).catch((err) => ctx.log.warn({ err }, 'live tail line dropped'));
      });
      if (listening.closed) listening.off(); // the subscriber left while the consumer was joining
      return it;
    },
  },
};
