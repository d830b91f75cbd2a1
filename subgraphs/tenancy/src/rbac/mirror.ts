import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { bundleMask, PROJECT_ROLE_BUNDLES, projectPart, type Logger, type ProjectRole } from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';
import { kubeRequest, KubeApiError, type KindDescriptor, type KubeObject, type SharedCaches } from '@meridian/core/kube';
import { rulesFor, type PolicyRule } from './rules.ts';

/**
 * RBAC mirroring: every live project grant becomes real Kubernetes objects in the namespace,
 * so the user's Kubernetes identity may do there what Meridian allows, and no more:
 * - a Role `meridian-<instance>-<role>` per role granted in the namespace (built-in or custom),
 *   its rules derived from the role's bundles (rbac/rules.ts);
 * - a RoleBinding `meridian-<instance>-user-<username>` per member, subject User
 *   `meridian:<username>`, roleRef that Role (`<instance>`: 6 characters of the instance id).
 * Both carry `meridian.io/managed-by=meridian` and `meridian.io/instance=<hash of the database
 * URL>`; objects without them are never touched.
 *
 * A reconciler keeps them so: after each grant change (`reconcile(namespace)`), on every change
 * of a managed RoleBinding or Role seen by the shared watch caches (one deleted by hand comes
 * back), and by a periodic full resync (`MERIDIAN_RBAC_RESYNC_MS`, default 30 s) that also
 * removes the objects of revoked grants, deleted roles and disabled users.
 */
export const MANAGED_BY = 'meridian.io/managed-by';
export const MANAGED_BY_VALUE = 'meridian';
/**
 * Which Meridian (database) an object mirrors: several Meridians may share one cluster (tests,
 * a second product instance), and each removes only its own objects.
 */
export const INSTANCE_LABEL = 'meridian.io/instance';
export function instanceOf(databaseUrl: string): string {
  // The database's address without its password or options: a rotated password keeps the id
  // (objects of an old id are never touched again, so they must not be orphaned by a rotation).
  let where = databaseUrl;
  try {
    const u = new URL(databaseUrl);
    where = `${u.protocol}//${decodeURIComponent(u.username)}@${u.host}${u.pathname}`;
  } catch {
    // not a URL: hash it as it is
  }
  return createHash('sha256').update(where).digest('hex').slice(0, 16);
}
/** The first characters of the instance in object names, so two Meridians sharing a namespace never share an object. */
const short = (instance: string) => instance.slice(0, 6);
export const kubeUserOf = (username: string) => `meridian:${username}`;
export const kubeRoleName = (instance: string, role: string) => `meridian-${short(instance)}-${role}`;
export const kubeBindingName = (instance: string, username: string) => `meridian-${short(instance)}-user-${username}`;

const RBAC = 'rbac.authorization.k8s.io';
const kind = (k: string, plural: string): KindDescriptor => ({
  kind: k, group: RBAC, version: 'v1', plural, namespaced: true, graphqlType: k, filters: [], sortKeys: [], columns: [], listField: '',
  status: () => ({ status: 'Active', message: null }),
});
export const RoleKind = kind('Role', 'roles');
export const RoleBindingKind = kind('RoleBinding', 'rolebindings');

type RoleObject = KubeObject & { rules?: PolicyRule[] };
type BindingObject = KubeObject & { roleRef?: { kind: string; name: string; apiGroup: string }; subjects?: { kind: string; name: string; apiGroup?: string }[] };

interface Desired {
  roles: Map<string, PolicyRule[]>;
  bindings: Map<string, { role: string; subject: string }>;
}

const path = (plural: string, ns: string, name?: string) => `/apis/${RBAC}/v1/namespaces/${encodeURIComponent(ns)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;

export interface RbacMirrorOptions {
  /** `instanceOf(databaseUrl)`: this Meridian's objects. */
  instance: string;
  resyncMs?: number;
}

export function createRbacMirror(prisma: PrismaClient, caches: SharedCaches, log: Logger, opts: RbacMirrorOptions) {
  const isManaged = (o: KubeObject) => o.metadata?.labels?.[MANAGED_BY] === MANAGED_BY_VALUE && o.metadata?.labels?.[INSTANCE_LABEL] === opts.instance;
  const resyncMs = opts.resyncMs ?? (Number(process.env.MERIDIAN_RBAC_RESYNC_MS) || 30_000);
  const queue = new Set<string>();
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopWatch: (() => void) | undefined;
  let stopped = false;

  /** What the database says the namespace should hold. */
  async function desiredFor(namespaces: readonly string[]): Promise<Map<string, Desired>> {
    const dir = caches.namespaces();
    const out = new Map<string, Desired>(namespaces.map((ns) => [ns, { roles: new Map(), bindings: new Map() }]));
    const grants = await prisma.projectMember.findMany({
      where: { namespace: { in: [...namespaces] } },
      select: { namespace: true, namespaceUid: true, role: true, user: { select: { username: true, disabledAt: true } } },
    });
    const custom = await prisma.customRole.findMany({ where: { namespace: { in: [...namespaces] } }, select: { namespace: true, namespaceUid: true, name: true, bundles: true } });
    const customMask = new Map(custom.map((r) => [JSON.stringify([r.namespace, r.namespaceUid, r.name]), projectPart(bundleMask(r.bundles))]));
    for (const g of grants) {
      const uid = dir.get(g.namespace)?.metadata?.uid;
      // Only grants on the live namespace (same uid) of enabled users count.
      if (!uid || (g.namespaceUid !== null && g.namespaceUid !== uid) || g.user.disabledAt) continue;
      const mask = Object.hasOwn(PROJECT_ROLE_BUNDLES, g.role)
        ? PROJECT_ROLE_BUNDLES[g.role as ProjectRole]
        : customMask.get(JSON.stringify([g.namespace, uid, g.role]));
      if (mask === undefined) continue;
      const d = out.get(g.namespace)!;
      d.roles.set(kubeRoleName(opts.instance, g.role), rulesFor(mask));
      d.bindings.set(kubeBindingName(opts.instance, g.user.username), { role: kubeRoleName(opts.instance, g.role), subject: kubeUserOf(g.user.username) });
    }
    return out;
  }

  const meta = (name: string, namespace: string) => ({ name, namespace, labels: { [MANAGED_BY]: MANAGED_BY_VALUE, [INSTANCE_LABEL]: opts.instance } });

  async function apply(plural: string, namespace: string, name: string, body: object) {
    await kubeRequest(caches.kubeConfig(), {
      method: 'PATCH',
      path: path(plural, namespace, name),
      query: { fieldManager: 'meridian', force: true },
      contentType: 'application/apply-patch+yaml',
      body,
    });
  }

  async function remove(plural: string, namespace: string, name: string) {
    try {
      await kubeRequest(caches.kubeConfig(), { method: 'DELETE', path: path(plural, namespace, name) });
    } catch (err) {
      if (!(err instanceof KubeApiError && err.statusCode === 404)) throw err;
    }
  }

  /** Brings one namespace's managed Roles and RoleBindings to the desired state; returns the changes made. */
  async function sync(namespace: string, desired: Desired): Promise<number> {
    const roles = caches.for<RoleObject>(RoleKind);
    const bindings = caches.for<BindingObject>(RoleBindingKind);
    await Promise.all([roles.ready(), bindings.ready()]);
    const ns = caches.namespaces().get(namespace);
    // Gone or going: Kubernetes removes what it held (and refuses anything new in it).
    if (!ns || ns.metadata?.deletionTimestamp || ns.status?.phase === 'Terminating') return 0;
    let changes = 0;
    for (const [name, rules] of desired.roles) {
      const have = roles.get(namespace, name);
      if (have && isManaged(have) && isDeepStrictEqual(have.rules ?? [], rules)) continue;
      await apply('roles', namespace, name, { apiVersion: `${RBAC}/v1`, kind: 'Role', metadata: meta(name, namespace), rules });
      changes++;
    }
    for (const [name, want] of desired.bindings) {
      const have = bindings.get(namespace, name);
      const subjects = [{ kind: 'User', apiGroup: RBAC, name: want.subject }];
      const roleRef = { apiGroup: RBAC, kind: 'Role', name: want.role };
      if (have && isManaged(have) && isDeepStrictEqual(have.roleRef, roleRef) && isDeepStrictEqual(have.subjects, subjects)) continue;
      // roleRef cannot change: a binding to another role is replaced.
      if (have && have.roleRef?.name !== want.role) await remove('rolebindings', namespace, name);
      await apply('rolebindings', namespace, name, { apiVersion: `${RBAC}/v1`, kind: 'RoleBinding', metadata: meta(name, namespace), roleRef, subjects });
      changes++;
    }
    for (const b of bindings.inNamespace(namespace).byName.values()) {
      const name = b.metadata?.name ?? '';
      if (!isManaged(b) || desired.bindings.has(name)) continue;
      await remove('rolebindings', namespace, name);
      changes++;
    }
    for (const r of roles.inNamespace(namespace).byName.values()) {
      const name = r.metadata?.name ?? '';
      if (!isManaged(r) || desired.roles.has(name)) continue;
      await remove('roles', namespace, name);
      changes++;
    }
    return changes;
  }

  async function reconcileNow(namespaces: readonly string[]): Promise<void> {
    const desired = await desiredFor(namespaces);
    for (const [ns, d] of desired) {
      try {
        const changes = await sync(ns, d);
        if (changes) log.info({ namespace: ns, changes }, 'RBAC mirror: Roles and RoleBindings repaired');
      } catch (err) {
        log.warn({ err, namespace: ns }, 'RBAC mirror: could not reconcile the namespace (retried at the next resync)');
      }
    }
  }

  /** Every namespace with a grant or a managed object. */
  async function allNamespaces(): Promise<string[]> {
    const names = new Set((await prisma.projectMember.findMany({ distinct: ['namespace'], select: { namespace: true } })).map((g) => g.namespace));
    for (const c of [caches.for(RoleKind), caches.for(RoleBindingKind)]) for (const o of c.all()) if (isManaged(o)) names.add(o.metadata?.namespace ?? '');
    return [...names].filter(Boolean);
  }

  /** Runs queued namespaces one batch at a time (never two reconciles at once). */
  function drain(): Promise<void> {
    running ??= (async () => {
      while (queue.size && !stopped) {
        const batch = [...queue];
        queue.clear();
        await reconcileNow(batch).catch((err) => log.warn({ err }, 'RBAC mirror: reconcile failed'));
      }
    })().finally(() => (running = undefined));
    return running;
  }

  const mirror = {
    /** Reconciles these namespaces soon (after a grant changed); resolves when done. */
    reconcile(...namespaces: string[]): Promise<void> {
      for (const ns of namespaces) queue.add(ns);
      return drain(); // a drain under way picks the new ones up before it ends
    },
    /** One full pass over every namespace with grants or managed objects. */
    async resync(): Promise<void> {
      await Promise.all([caches.for(RoleKind).ready(), caches.for(RoleBindingKind).ready()]);
      await mirror.reconcile(...(await allNamespaces()));
    },
    /** Starts the watch-driven repair and the periodic resync. */
    start(): void {
      const onChange = (ev: { object: KubeObject }) => {
        if (isManaged(ev.object) && ev.object.metadata?.namespace) void mirror.reconcile(ev.object.metadata.namespace);
      };
      const offs = [caches.for(RoleKind).onChange(onChange), caches.for(RoleBindingKind).onChange(onChange)];
      stopWatch = () => offs.forEach((off) => off());
      const tick = () => {
        timer = setTimeout(() => void mirror.resync().catch((err) => log.warn({ err }, 'RBAC mirror: resync failed')).finally(() => !stopped && tick()), resyncMs);
        timer.unref();
      };
      void mirror.resync().catch((err) => log.warn({ err }, 'RBAC mirror: first resync failed'));
      tick();
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      stopWatch?.();
      await running;
    },
  };
  return mirror;
}
export type RbacMirror = ReturnType<typeof createRbacMirror>;
