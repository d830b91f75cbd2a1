import { badInput, hiddenOrMissing, policies, projectAccess, type Identity } from '@meridian/core';
import { Kinds, apiPath, kindOf, toYaml, type CoreV1Event, type KindDescriptor, type KubeObject, type V1Secret } from '@meridian/core/kube/index';
import type { WorkloadsContext } from '../context.ts';
import { LISTED, RAW, objectView, viewOf, type ObjectView } from '../model.ts';

/**
 * What every kind's GraphQL type shares, derived from its module: entity lookup (authorized
 * like a query), the events about it, and the one detail query `kubeObject`.
 */

/** The descriptor for a `kind` argument; BAD_USER_INPUT naming `kind` for one Meridian does not serve. */
export function kindArg(name: string, opts: { namespaced?: boolean; writable?: boolean } = {}): KindDescriptor {
  const kind = kindOf(name);
  if (!kind || kind.ownedElsewhere) throw badInput(`Unknown kind "${name.slice(0, 100)}": see kubeKinds for the kinds Meridian serves.`, 'kind');
  if (opts.namespaced && !kind.namespaced) throw badInput(`${kind.kind} is not a kind of a project.`, 'kind');
  if (opts.writable && kind.readOnly) throw badInput(`${kind.kind} objects are read-only here.`, 'kind');
  return kind;
}

/** Sees a namespaced object's project (NOT_FOUND if not) or, for a cluster kind, is a platform admin. */
export async function viewScope(ctx: WorkloadsContext, kind: KindDescriptor, namespace: string | null | undefined): Promise<void> {
  if (kind.namespaced) await projectAccess(ctx.identity, ctx.sources.kube.directory, namespace ?? '').view();
  else policies.viewCluster.enforce(ctx.identity);
}

/** One object from the cache, authorized; null if it does not exist (its project being visible). */
export async function objectByKey(ctx: WorkloadsContext, kind: KindDescriptor, namespace: string | null | undefined, name: string): Promise<ObjectView | null> {
  await viewScope(ctx, kind, namespace);
  const cache = await ctx.sources.kube.cache(kind).readable();
  const obj = cache.get(namespace ?? '', name);
  return obj ? viewOf(kind, obj) : null;
}

/** The events about an object (involvedObject), newest first. */
export async function eventsAbout(ctx: WorkloadsContext, kind: KindDescriptor, namespace: string | null, name: string, first = 20): Promise<ObjectView[]> {
  const events = await ctx.sources.kube.cache<CoreV1Event & KubeObject>(Kinds.Event).readable();
  const found: (CoreV1Event & KubeObject)[] = [];
  for (const e of events.inNamespace(namespace ?? 'default').byName.values()) {
    if (e.involvedObject.kind === kind.kind && e.involvedObject.name === name) found.push(e);
  }
  const last = (e: CoreV1Event) => new Date(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? 0).getTime();
  return found
    .sort((a, b) => last(b) - last(a))
    .slice(0, Math.max(0, Math.min(first, 500)))
    .map((e) => objectView(Kinds.Event, e));
}

/** The resolvers every kind's type has: entity lookup and `events`. */
export function kindTypeResolvers(kind: KindDescriptor) {
  return {
    __resolveReference: (ref: { namespace?: string; name: string }, ctx: WorkloadsContext) => objectByKey(ctx, kind, ref.namespace, ref.name),
    async events(parent: { namespace?: string | null; name: string }, args: { first?: number | null }, ctx: WorkloadsContext) {
      await viewScope(ctx, kind, parent.namespace);
      return eventsAbout(ctx, kind, kind.namespaced ? (parent.namespace ?? '') : null, parent.name, args.first ?? 20);
    },
  };
}

const decode = (b64: string) => {
  const buf = Buffer.from(b64, 'base64');
  const text = buf.toString('utf8');
  return Buffer.from(text, 'utf8').equals(buf) ? { value: text, base64: false } : { value: b64, base64: true };
};

/** A Secret with its data, straight from the API server: only editors, only one at a time. */
async function secretWithData(ctx: WorkloadsContext, parent: ObjectView): Promise<V1Secret & KubeObject> {
  if (parent[LISTED]) throw badInput('Secret content is served for one Secret at a time (kubeObject), never in a list.', 'content');
  const namespace = parent.namespace ?? '';
  await projectAccess(ctx.identity, ctx.sources.kube.directory, namespace).edit();
  return ctx.sources.kube.request<V1Secret & KubeObject>({ kind: Kinds.Secret, namespace, name: parent.name }, { path: apiPath(Kinds.Secret, { namespace, name: parent.name }) });
}

const mayEdit = async (ctx: WorkloadsContext, namespace: string) =>
  projectAccess(ctx.identity, ctx.sources.kube.directory, namespace).edit().then(
    () => true,
    () => false,
  );

export const secretResolvers = {
  async content(parent: ObjectView, _args: unknown, ctx: WorkloadsContext) {
    const secret = await secretWithData(ctx, parent);
    return { type: secret.type ?? 'Opaque', data: Object.entries(secret.data ?? {}).map(([key, v]) => ({ key, ...decode(v) })) };
  },
  /** Editors reading one Secret get its data in the YAML (what updateObject needs back); anyone else, metadata only. */
  async yaml(parent: ObjectView, _args: unknown, ctx: WorkloadsContext) {
    if (!parent[LISTED] && (await mayEdit(ctx, parent.namespace ?? ''))) return toYaml(Kinds.Secret, await secretWithData(ctx, parent));
    return `# data is shown to editors of the project, one Secret at a time\n${toYaml(Kinds.Secret, parent[RAW])}`;
  },
};

export const objectQueries = {
  async kubeObject(_root: unknown, args: { kind: string; project?: string | null; name: string }, ctx: WorkloadsContext) {
    const kind = kindArg(args.kind);
    if (kind.namespaced && !args.project) throw badInput(`${kind.kind} objects live in a project: give project.`, 'project');
    const found = await objectByKey(ctx, kind, kind.namespaced ? args.project : null, args.name);
    if (!found) throw hiddenOrMissing(kind.kind, kind.namespaced ? `${args.project}/${args.name}` : args.name);
    return found;
  },
};

export const KubeObjectInterface = { __resolveType: (o: { __typename: string }) => o.__typename };

/** True when `identity` may still see `namespace` (what subscriptions check again per event). */
export async function stillVisible(identity: Identity, ctx: WorkloadsContext, namespace: string): Promise<boolean> {
  return projectAccess(identity, ctx.sources.kube.directory, namespace).view().then(
    () => true,
    () => false,
  );
}
