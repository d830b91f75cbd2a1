/**
 * podLogTail: `kubectl logs -f` for a subscriber. The followed stream is stopped as soon as the
 * subscriber leaves (the iterator's return). The subscription completes when Kubernetes ends
 * the stream (container stopped), and ends with a typed error when the pod is gone (NOT_FOUND) or
 * the API server drops the stream (UPSTREAM_UNAVAILABLE, reason LOG_STREAM_DROPPED: subscribe
 * again, with tailLines, to go on).
 */
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import { followError } from '../kube-errors.ts';
import { pushIterator } from '../push-iterator.ts';
import type { ParsedLine } from '../sources/kubernetes-logs.ts';
import { checkTailLines, resolveContainer } from './pod-logs.ts';

export const Subscription: SubscriptionResolvers<LoggingContext> = {
  podLogTail: {
    async subscribe(_parent, { namespace, pod, container, tailLines }, ctx) {
      const tail = checkTailLines(tailLines, 10);
      const ref = { namespace, name: pod };
      const chosen = await resolveContainer(ctx, ref, container);
      const { kubeLogs, tails } = ctx.sources;
      let stop: (() => void) | undefined;
      let closed = false;
      const it = pushIterator<{ podLogTail: ParsedLine }>(() => {
        closed = true;
        if (stop) {
          stop();
          tails.active--;
        }
      });
      const stopFollowing = kubeLogs.follow(namespace, pod, chosen, tail, (line) => it.push({ podLogTail: line }), (err) => it.end(err && followError(err, ref)));
      if (closed) stopFollowing(); // the subscriber left while we were connecting
      else {
        stop = stopFollowing;
        tails.active++;
      }
      ctx.log.debug({ namespace, pod, container: chosen }, 'following pod log');
      return it;
    },
  },
};
