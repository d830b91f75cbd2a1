import { isDeepStrictEqual } from 'node:util';
import { config, type Logger } from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';
import { kubeRequest, KubeApiError, type KindDescriptor, type KubeObject, type SharedCaches } from '@meridian/core/kube';
import { desiredFor, type Desired } from './desired.ts';
import { INSTANCE_LABEL, kubeBindingName, MANAGED_BY, MANAGED_BY_VALUE } from './names.ts';
import type { PolicyRule } from './rules.ts';

export { INSTANCE_LABEL, MANAGED_BY, MANAGED_BY_VALUE, instanceOf, kubeBindingName, kubeRoleName, kubeUserOf, mixedRoleName } from './names.ts';

/**
 * RBAC mirroring: every live project grant, and every workspace grant in each project of its
 * workspace, becomes real Kubernetes objects in the namespace, so the user's Kubernetes identity
 * may do there what Meridian allows, and no more:
 * - a RoleBinding `meridian-<instance>-user-<username>` per user holding anything there, subject
 *   User `meridian:<username>` (`<instance>`: 6 characters of the instance id);
 * - its Role holds the bundles the access layer gives the user in that project, from every grant
 *   (rbac/desired.ts: project grant and workspace grant together, as `projectBundles` adds them):
 *   `meridian-<instance>-<role>` for the project grant's role (built-in or custom) or the
 *   built-in role with those bundles, `meridian-<instance>-bundles.<mask>` for another mix; its
 *   rules come from the bundles (rbac/rules.ts).
 * Both carry `meridian.io/managed-by=meridian` and `meridian.io/instance=<hash of the database
 * URL>`; objects without them are never touched.
 *
 * A reconciler keeps them so: after each grant change (`reconcile(namespace)`,
 * `reconcileWorkspace`, `reconcileUser`; rbac/triggers.ts), on every change of a managed
 * RoleBinding or Role seen by the shared watch caches (one deleted by hand comes back), when a
 * namespace appears or its workspace label changes (a new project of the workspace, a project
 * moved out), and by a periodic full resync (`MERIDIAN_RBAC_RESYNC_MS`, default 30 s) that also
 * removes the objects of revoked grants, deleted roles and disabled users.
 */

const RBAC = 'rbac.authorization.k8s.io';
const kind = (k: string, plural: string): KindDescriptor => ({
  kind: k, group: RBAC, version: 'v1', plural, namespaced: true, graphqlType: k, filters: [], sortKeys: [], columns: [], listField: '',
  status: () => ({ status: 'Active', message: null }),
});
export const RoleKind = kind('Role', 'roles');
export const RoleBindingKind = kind('RoleBinding', 'rolebindings');

type RoleObject = KubeObject & { rules?: PolicyRule[] };
type BindingObject = KubeObject & { roleRef?: { kind: string; name: string; apiGroup: string }; subjects?: { kind: string; name: string; apiGroup?: string }[] };

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
    const desired = await desiredFor(prisma, caches.namespaces(), opts.instance, namespaces);
    for (const [ns, d] of desired) {
      try {
        const changes = await sync(ns, d);
        if (changes) log.info({ namespace: ns, changes }, 'RBAC mirror: Roles and RoleBindings repaired');
      } catch (err) {
        log.warn({ err, namespace: ns }, 'RBAC mirror: could not reconcile the namespace (retried at the next resync)');
      }
    }
  }

  /** The projects of a workspace (its label), as the access layer reads them. */
  const projectsOf = (workspace: string) => caches.namespaces().projectsOf(workspace).map((ns) => ns.metadata?.name ?? '');

  /** Every namespace with a grant, in a workspace with members, or with a managed object. */
  async function allNamespaces(): Promise<string[]> {
    const names = new Set((await prisma.projectMember.findMany({ distinct: ['namespace'], select: { namespace: true } })).map((g) => g.namespace));
    await caches.namespaces().ready();
    for (const w of await prisma.workspaceMember.findMany({ distinct: ['workspaceName'], select: { workspaceName: true } })) projectsOf(w.workspaceName).forEach((ns) => names.add(ns));
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
    /**
     * Whether Kubernetes answers now (the caches the mirror reads are synced): callers wait for a
     * reconcile only then, so grant changes stay quick while it is down (the resync catches up).
     */
    connected(): boolean {
      try {
        return [caches.namespaces().cache, caches.for(RoleKind), caches.for(RoleBindingKind)].every((c) => c.health().state === 'synced');
      } catch {
        return false; // no kubeconfig
      }
    },
    /** Reconciles every project of a workspace (after a workspace grant or role changed). */
    async reconcileWorkspace(workspace: string): Promise<void> {
      await caches.namespaces().ready();
      await mirror.reconcile(...projectsOf(workspace));
    },
    /**
     * Reconciles every namespace where a user holds something or has a managed RoleBinding
     * (after the user was disabled, enabled or deleted).
     */
    async reconcileUser(who: { username: string } | { id: string }): Promise<void> {
      const bindings = caches.for(RoleBindingKind);
      await Promise.all([bindings.ready(), caches.namespaces().ready()]);
      const user = await prisma.user.findUnique({ where: who, select: { username: true, projects: { select: { namespace: true } }, workspaces: { select: { workspaceName: true } } } });
      const username = 'username' in who ? who.username : user?.username;
      const binding = username && kubeBindingName(opts.instance, username);
      const names = new Set(Array.from(bindings.all()).filter((b) => b.metadata?.name === binding && isManaged(b)).map((b) => b.metadata?.namespace ?? ''));
      user?.projects.forEach((g) => names.add(g.namespace));
      user?.workspaces.forEach((g) => projectsOf(g.workspaceName).forEach((ns) => names.add(ns)));
      await mirror.reconcile(...[...names].filter(Boolean));
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
      // A namespace that appears or changes workspace gets (or loses) that workspace's grants.
      const workspaceSeen = new Map<string, string | undefined>();
      const onNamespace = (ev: { type: string; object: KubeObject }) => {
        const name = ev.object.metadata?.name ?? '';
        if (ev.type === 'DELETED') return void workspaceSeen.delete(name);
        const workspace = ev.object.metadata?.labels?.[config.workspaceLabel];
        const [seen, before] = [workspaceSeen.has(name), workspaceSeen.get(name)];
        workspaceSeen.set(name, workspace);
        if (name && (seen ? before !== workspace : workspace !== undefined)) void mirror.reconcile(name);
      };
      const offs = [caches.for(RoleKind).onChange(onChange), caches.for(RoleBindingKind).onChange(onChange), caches.namespaces().onChange(onNamespace)];
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
