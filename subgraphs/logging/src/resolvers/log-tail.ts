/**
 * podLogTail: `kubectl logs -f` for a subscriber. The followed stream is stopped as soon as the
 * subscriber leaves (the iterator's return), and the subscription ends when Kubernetes ends
 * the stream (container gone).
 */
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import type { LoggingDeps } from '../deps.ts';
import { fromKubernetes } from '../kube-errors.ts';
import { pushIterator } from '../push-iterator.ts';
import type { ParsedLine } from '../sources/kubernetes-logs.ts';
import { checkTailLines, resolveContainer } from './pod-logs.ts';

export function logTailResolvers(deps: LoggingDeps): SubscriptionResolvers {
  return {
    podLogTail: {
      async subscribe(_parent, { namespace, pod, container, tailLines }, ctx) {
        const tail = checkTailLines(tailLines, 10);
        const ref = { namespace, name: pod };
        const chosen = await resolveContainer(deps, ctx, ref, container);
        let stop: (() => void) | undefined;
        let closed = false;
        const it = pushIterator<{ podLogTail: ParsedLine }>(() => {
          closed = true;
          if (stop) {
            stop();
            deps.tails.active--;
          }
        });
        const stopFollowing = await fromKubernetes(ref, () =>
          deps.kubeLogs.follow(namespace, pod, chosen, tail, (line) => it.push({ podLogTail: line }), (err) => it.end(err)),
        );
        if (closed) stopFollowing(); // the subscriber left while we were connecting
        else {
          stop = stopFollowing;
          deps.tails.active++;
        }
        ctx.log.debug({ namespace, pod, container: chosen }, 'following pod log');
        return it;
      },
    },
  };
}
