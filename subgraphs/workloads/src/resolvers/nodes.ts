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

const DRAIN_TIMEOUT_DEFAULT_S = 60;
const DRAIN_TIMEOUT_MAX_S = 600;
// kubectl drain retries a refused eviction (a PodDisruptionBudget says "not now": 429) every 5 s.
const EVICTION_RETRY_MS = 5_000;
const TERMINATION_POLL_MS = 200;

const podKey = (pod: Pod) => `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function drainTimeout(seconds: number | null | undefined): number {
  const s = seconds ?? DRAIN_TIMEOUT_DEFAULT_S;
  if (!Number.isInteger(s) || s < 1 || s > DRAIN_TIMEOUT_MAX_S) {
    throw new GraphQLError(`timeoutSeconds must be a whole number from 1 to ${DRAIN_TIMEOUT_MAX_S}`, { extensions: { code: 'BAD_USER_INPUT', field: 'timeoutSeconds' } });
  }
  return s * 1000;
}

/** One eviction: 'evicted', 'gone' (404), 'refused' (429, retry later) or an error message. */
async function evict(ctx: WorkloadsContext, pod: Pod): Promise<'evicted' | 'gone' | 'refused' | { error: string }> {
  const namespace = pod.metadata?.namespace ?? '';
  const name = pod.metadata?.name ?? '';
  try {
    await ctx.sources.kube.request(
      { kind: Kinds.Pod, namespace, name },
      { method: 'POST', path: apiPath(Kinds.Pod, { namespace, name, subresource: 'eviction' }), body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace } } },
    );
    return 'evicted';
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === 'NOT_FOUND') return 'gone';
    if (err instanceof GraphQLError && err.extensions.status === 429) return 'refused';
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export const nodeMutations = {
  cordonNode: (_root: unknown, args: { name: string }, ctx: WorkloadsContext) => setUnschedulable(ctx, args.name, true),
  uncordonNode: (_root: unknown, args: { name: string }, ctx: WorkloadsContext) => setUnschedulable(ctx, args.name, false),

  /**
   * Like `kubectl drain --ignore-daemonsets`: cordon, evict (retrying evictions a
   * PodDisruptionBudget refuses), then wait until every evicted pod has terminated (gone from the
   * watch cache, or replaced by a new pod of the same name) or the timeout ends. Pods still
   * terminating or still refused at the timeout are answered in `pending`, not hidden.
   */
  async drainNode(_root: unknown, args: { name: string; timeoutSeconds?: number | null }, ctx: WorkloadsContext) {
    const timeoutMs = drainTimeout(args.timeoutSeconds);
    const node = await setUnschedulable(ctx, args.name, true);
    const deadline = Date.now() + timeoutMs;
    const pods = await ctx.sources.kube.pods.readable();
    const evicted = new Map<string, string | undefined>(); // key -> uid of the evicted pod
    const skipped: { pod: string; reason: string }[] = [];
    let refused = [...pods.all()].filter((p) => p.spec?.nodeName === args.name && !p.metadata?.deletionTimestamp);
    for (;;) {
      const again: Pod[] = [];
      for (const pod of refused) {
        const reason = skipReason(pod);
        if (reason) {
          skipped.push({ pod: podKey(pod), reason });
          continue;
        }
        const outcome = await evict(ctx, pod);
        if (outcome === 'evicted') evicted.set(podKey(pod), pod.metadata?.uid);
        else if (outcome === 'refused') again.push(pod);
        else if (outcome !== 'gone') skipped.push({ pod: podKey(pod), reason: outcome.error });
      }
      refused = again;
      if (!refused.length || Date.now() + EVICTION_RETRY_MS > deadline) break;
      await sleep(EVICTION_RETRY_MS);
    }
    const stillThere = () =>
      [...evicted].filter(([key, uid]) => {
        const [namespace, name] = key.split('/');
        const current = pods.get(namespace, name);
        return current !== undefined && current.metadata?.uid === uid;
      });
    while (stillThere().length && Date.now() < deadline) await sleep(TERMINATION_POLL_MS);
    const pending = [
      ...stillThere().map(([pod]) => ({ pod, reason: 'still terminating when the drain timed out' })),
      ...refused.map((pod) => ({ pod: podKey(pod), reason: 'eviction refused by a PodDisruptionBudget until the drain timed out' })),
    ];
    ctx.log.info({ node: args.name, evicted: evicted.size, skipped: skipped.length, pending: pending.length, user: ctx.identity.username }, 'node drained');
    return { node, evicted: [...evicted.keys()], skipped, pending, complete: pending.length === 0 };
  },
};
