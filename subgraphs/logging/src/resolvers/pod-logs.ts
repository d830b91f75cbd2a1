/** Pod.logs: the tail of one container's log, via the Kubernetes log API. */
import { badInput } from '@meridian/core';
import type { PodResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import { assertCanReadPodLogs } from '../access.ts';
import { fromKubernetes } from '../kube-errors.ts';
import { containerNames, defaultContainer } from '../sources/kubernetes-logs.ts';

export const MAX_TAIL_LINES = 10_000;

export function checkTailLines(tailLines: number | null | undefined, fallback: number): number {
  const n = tailLines ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_TAIL_LINES) throw badInput(`tailLines must be between 1 and ${MAX_TAIL_LINES}.`, 'tailLines');
  return n;
}

/**
 * Authorizes, then finds the container to read: the named one (BAD_USER_INPUT listing the
 * pod's containers when it has no such container) or kubectl's default.
 */
export async function resolveContainer(
  ctx: LoggingContext,
  pod: { namespace: string; name: string },
  container: string | null | undefined,
): Promise<string> {
  const { namespaces, kubeLogs } = ctx.sources;
  await assertCanReadPodLogs(ctx.identity, namespaces, pod.namespace);
  const spec = await fromKubernetes(pod, () => kubeLogs.readPod(pod.namespace, pod.name));
  const names = containerNames(spec);
  if (container) {
    if (!names.includes(container)) {
      throw badInput(`Pod "${pod.name}" has no container "${container}"; its containers are: ${names.join(', ')}.`, 'container');
    }
    return container;
  }
  const chosen = defaultContainer(spec);
  if (!chosen) throw badInput(`Pod "${pod.name}" has no containers.`, 'container');
  return chosen;
}

export const Pod: PodResolvers<LoggingContext> = {
  async logs(pod, { container, tailLines, sinceSeconds, previous }, ctx) {
    const tail = checkTailLines(tailLines, 100);
    if (sinceSeconds != null && (!Number.isInteger(sinceSeconds) || sinceSeconds < 1)) throw badInput('sinceSeconds must be a positive number of seconds.', 'sinceSeconds');
    const ref = { namespace: pod.namespace, name: pod.name };
    const chosen = await resolveContainer(ctx, ref, container);
    const read = await fromKubernetes(ref, () =>
      ctx.sources.kubeLogs.tail(ref.namespace, ref.name, { container: chosen, tailLines: tail, sinceSeconds: sinceSeconds ?? undefined, previous: previous ?? false }),
    );
    return { container: chosen, ...read };
  },
};
