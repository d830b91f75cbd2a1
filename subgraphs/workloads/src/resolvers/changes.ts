import type { GraphQLError } from 'graphql';
import { badInput, hiddenOrMissing, policies, projectAccess } from '@meridian/core';
import { Kinds, type CoreV1Event, type KindDescriptor, type KubeObject } from '@meridian/core/kube/index';
import type { WorkloadsContext } from '../context.ts';
import type { KubeObjectFilter } from '../generated/resolvers.ts';
import { objectView, viewOf } from '../model.ts';
import { objectPredicate } from './lists.ts';
import { eventsAbout, kindArg, stillVisible, viewScope } from './objects.ts';

/**
 * Live changes from the shared watch caches: `resourceChanged` for any namespaced kind of a
 * project, `clusterResourceChanged` for a cluster kind (platform admins), `events` about one
 * object. Access is checked when subscribing and again for every event, so a caller who loses
 * sight of the project (its workspace label changed, the project went away) gets one NOT_FOUND,
 * one who may no longer view the cluster FORBIDDEN, and the stream ends.
 */

type Payload<T> = { value: T } | { error: GraphQLError };

/** Why the caller may no longer see this stream's events, or null while they may. */
type Refusal = () => Promise<GraphQLError | null>;

const projectRefusal =
  (ctx: WorkloadsContext, project: string): Refusal =>
  async () => ((await stillVisible(ctx.identity, ctx, project)) ? null : hiddenOrMissing('Project', project));

const clusterRefusal =
  (ctx: WorkloadsContext): Refusal =>
  async () => {
    try {
      policies.viewCluster.enforce(ctx.identity);
      return null;
    } catch (err) {
      return err as GraphQLError;
    }
  };

/** A kind's changes in one namespace (undefined: a cluster kind), while `refusal` finds none. */
async function* changes(ctx: WorkloadsContext, kind: KindDescriptor, namespace: string | undefined, keep: ((o: KubeObject) => boolean) | undefined, refusal: Refusal): AsyncGenerator<Payload<unknown>> {
  const events = ctx.sources.kube.cache(kind).events(namespace);
  try {
    for await (const ev of events) {
      const refused = await refusal();
      if (refused) {
        yield { error: refused };
        return;
      }
      if (keep && !keep(ev.object)) continue;
      yield { value: { type: ev.type, object: viewOf(kind, ev.object) } };
    }
  } finally {
    await events.return?.();
  }
}

async function* objectEvents(ctx: WorkloadsContext, kind: KindDescriptor, namespace: string, name: string): AsyncGenerator<Payload<unknown>> {
  const cache = ctx.sources.kube.cache<CoreV1Event & KubeObject>(Kinds.Event);
  // Listen first, then read what is there: nothing falls between the two.
  const live = cache.events(namespace);
  try {
    const seen = new Set<string>();
    for (const event of (await eventsAbout(ctx, kind, namespace, name, 500)).reverse()) {
      seen.add(`${event.name}@${event.metadata.resourceVersion}`);
      yield { value: { type: 'ADDED', event } };
    }
    for await (const ev of live) {
      if (ev.object.involvedObject.kind !== kind.kind || ev.object.involvedObject.name !== name) continue;
      if (kind.namespaced && !(await stillVisible(ctx.identity, ctx, namespace))) {
        yield { error: hiddenOrMissing(kind.kind, `${namespace}/${name}`) };
        return;
      }
      const event = objectView(Kinds.Event, ev.object);
      if (seen.delete(`${event.name}@${event.metadata.resourceVersion}`)) continue;
      yield { value: { type: ev.type, event } };
    }
  } finally {
    await live.return?.();
  }
}

const unwrap = (payload: Payload<unknown>) => {
  if ('error' in payload) throw payload.error;
  return payload.value;
};

export const changeSubscriptions = {
  resourceChanged: {
    subscribe: async (_root: unknown, args: { kind: string; project: string; filter?: KubeObjectFilter | null }, ctx: WorkloadsContext) => {
      await projectAccess(ctx.identity, ctx.sources.kube.directory, args.project).view();
      const kind = kindArg(args.kind, { namespaced: true });
      const keep = objectPredicate(kind, args.filter);
      await ctx.sources.kube.cache(kind).readable();
      return changes(ctx, kind, args.project, keep, projectRefusal(ctx, args.project));
    },
    resolve: unwrap,
  },
  clusterResourceChanged: {
    subscribe: async (_root: unknown, args: { kind: string; filter?: KubeObjectFilter | null }, ctx: WorkloadsContext) => {
      policies.viewCluster.enforce(ctx.identity);
      const kind = kindArg(args.kind);
      if (kind.namespaced) throw badInput(`${kind.kind} is a kind of a project: use resourceChanged.`, 'kind');
      const keep = objectPredicate(kind, args.filter);
      await ctx.sources.kube.cache(kind).readable();
      return changes(ctx, kind, undefined, keep, clusterRefusal(ctx));
    },
    resolve: unwrap,
  },
  events: {
    subscribe: async (_root: unknown, args: { kind: string; namespace: string; name: string }, ctx: WorkloadsContext) => {
      const kind = kindArg(args.kind);
      await viewScope(ctx, kind, args.namespace);
      await ctx.sources.kube.cache(Kinds.Event).readable();
      return objectEvents(ctx, kind, kind.namespaced ? args.namespace : 'default', args.name);
    },
    resolve: unwrap,
  },
};
