import { GraphQLError } from 'graphql';
import { policies } from '@meridian/core';
import { Kinds, apiPath, type KubeObject } from '@meridian/core/kube/index';
import type { WorkloadsContext } from '../context.ts';
import { objectView } from '../model.ts';
import type { Pod } from '../sources/kube.ts';

/**
 * Node maintenance for platform admins: cordon / uncordon (spec.unschedulable) and drain
 * (cordon, then evict every pod on the node through the Eviction API, so PodDisruptionBudgets
 * hold; DaemonSet pods and mirror pods stay, like `kubectl drain --ignore-daemonsets`).
 */

async function setUnschedulable(ctx: WorkloadsContext, name: string, unschedulable: boolean) {
  policies.manageCluster.enforce(ctx.identity);
  const node = await ctx.sources.kube.request<KubeObject>({ kind: Kinds.Node, name }, { method: 'PATCH', path: apiPath(Kinds.Node, { name }), body: { spec: { unschedulable } } });
  ctx.log.info({ node: name, unschedulable, user: ctx.identity.username }, unschedulable ? 'node cordoned' : 'node uncordoned');
  return objectView(Kinds.Node, node);
}

function skipReason(pod: Pod): string | undefined {
  if (pod.metadata?.annotations?.['kubernetes.io/config.mirror']) return 'mirror pod (managed by the kubelet)';
  if (pod.metadata?.ownerReferences?.some((o) => o.kind === 'DaemonSet')) return 'DaemonSet pod';
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return undefined;
  return undefined;
}

export const nodeMutations = {
  cordonNode: (_root: unknown, args: { name: string }, ctx: WorkloadsContext) => setUnschedulable(ctx, args.name, true),
  uncordonNode: (_root: unknown, args: { name: string }, ctx: WorkloadsContext) => setUnschedulable(ctx, args.name, false),

  async drainNode(_root: unknown, args: { name: string }, ctx: WorkloadsContext) {
    const node = await setUnschedulable(ctx, args.name, true);
    const pods = await ctx.sources.kube.pods.readable();
    const evicted: string[] = [];
    const skipped: { pod: string; reason: string }[] = [];
    const onNode = [...pods.all()].filter((p) => p.spec?.nodeName === args.name && !p.metadata?.deletionTimestamp);
    for (const pod of onNode) {
      const namespace = pod.metadata?.namespace ?? '';
      const name = pod.metadata?.name ?? '';
      const key = `${namespace}/${name}`;
      const reason = skipReason(pod);
      if (reason) {
        skipped.push({ pod: key, reason });
        continue;
      }
      try {
        await ctx.sources.kube.request(
          { kind: Kinds.Pod, namespace, name },
          { method: 'POST', path: apiPath(Kinds.Pod, { namespace, name, subresource: 'eviction' }), body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace } } },
        );
        evicted.push(key);
      } catch (err) {
        // 429: a PodDisruptionBudget refuses it now; 404: already gone.
        if (err instanceof GraphQLError && err.extensions.code === 'NOT_FOUND') continue;
        skipped.push({ pod: key, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    ctx.log.info({ node: args.name, evicted: evicted.length, skipped: skipped.length, user: ctx.identity.username }, 'node drained');
    return { node, evicted, skipped };
  },
};
