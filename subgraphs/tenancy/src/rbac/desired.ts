import {
  customProjectBundles,
  effectiveProjectGrant,
  normalizeIdentity,
  PROJECT_ROLE_BUNDLES,
  projectGrants,
  projectRole,
  workspaceGrants,
  type BundleMask,
  type Identity,
} from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';
import type { NamespaceDirectory } from '@meridian/core/kube';
import { customGrantMasks, isBuiltInRoleName } from '../sources/custom-roles.ts';
import { kubeBindingName, kubeRoleName, kubeUserOf, mixedRoleName } from './names.ts';
import { rulesFor, type PolicyRule } from './rules.ts';

/** What one namespace should hold: Roles by name, and one RoleBinding per user. */
export interface Desired {
  roles: Map<string, PolicyRule[]>;
  bindings: Map<string, { role: string; subject: string }>;
}

interface Member {
  id: string;
  username: string;
  workspaces: { workspaceName: string; role: string }[];
  projects: { namespace: string; namespaceUid: string | null; role: string }[];
}

/**
 * The identity the access layer would see for this user, limited to the grants on these
 * namespaces and their workspaces, built as `users.identityOf` builds it (built-in roles by
 * name, custom roles as masks through `customGrantMasks`). The platform role is left out: it is
 * not a grant in a project (a platform admin's rights are cluster-wide, not mirrored here).
 */
async function identityOf(m: Member, customMasks: CustomMasks): Promise<Identity> {
  return normalizeIdentity({
    kind: 'user',
    userId: m.id,
    username: m.username,
    platformRole: 'platform-regular',
    workspaces: workspaceGrants(Object.fromEntries(m.workspaces.map((g) => [g.workspaceName, g.role]))),
    projects: projectGrants(Object.fromEntries(m.projects.map((g) => [g.namespace, g.role]))),
    ...(await customMasks(m)),
  });
}

type CustomMasks = (m: Member) => ReturnType<typeof customGrantMasks>;

/**
 * `customGrantMasks` once per distinct set of custom-role grants: the members of a workspace
 * holding the same custom role share one query.
 */
function sharedCustomMasks(prisma: PrismaClient): CustomMasks {
  const seen = new Map<string, ReturnType<typeof customGrantMasks>>();
  return (m) => {
    const ws = m.workspaces.filter((g) => !isBuiltInRoleName(g.role));
    const pr = m.projects.filter((g) => !isBuiltInRoleName(g.role));
    const key = JSON.stringify([ws.map((g) => [g.workspaceName, g.role]), pr.map((g) => [g.namespace, g.namespaceUid, g.role])]);
    if (!seen.has(key)) seen.set(key, customGrantMasks(prisma, ws, pr));
    return seen.get(key)!;
  };
}

/**
 * The role to bind the user to in a namespace, with exactly the bundles the access layer gives
 * them there (`effectiveProjectGrant`: platform role aside, the union of the project grant and
 * the workspace grant): the project grant's own role when it alone gives all of it (so a plain
 * project grant keeps its Role), else the built-in role with those bundles, else a role of that
 * mix of bundles.
 */
function roleIn(id: Identity, namespace: string, workspace: string | undefined, directRole: string | undefined): { name: string; mask: BundleMask } | undefined {
  const grant = effectiveProjectGrant(id, namespace, workspace);
  if (!grant) return undefined;
  const mask = 'role' in grant ? PROJECT_ROLE_BUNDLES[grant.role] : grant.custom;
  if (!mask) return undefined;
  const builtIn = projectRole(id, namespace);
  const direct = builtIn ? PROJECT_ROLE_BUNDLES[builtIn] : customProjectBundles(id, namespace);
  if (directRole && direct === mask) return { name: directRole, mask };
  return { name: 'role' in grant ? grant.role : mixedRoleName(mask), mask };
}

/**
 * What the database says these namespaces should hold: for every enabled user with a live
 * project grant on one of them or a grant in its workspace (the namespace's workspace label), a
 * RoleBinding to a Role of the bundles they hold there.
 */
export async function desiredFor(prisma: PrismaClient, dir: NamespaceDirectory, instance: string, namespaces: readonly string[]): Promise<Map<string, Desired>> {
  const out = new Map<string, Desired>(namespaces.map((ns) => [ns, { roles: new Map(), bindings: new Map() }]));
  const workspaceOf = new Map(namespaces.map((ns) => [ns, dir.workspaceOf(ns)]));
  const nsOfWorkspace = new Map<string, string[]>();
  for (const [ns, ws] of workspaceOf) if (ws !== undefined) nsOfWorkspace.set(ws, [...(nsOfWorkspace.get(ws) ?? []), ns]);
  const workspaces = [...nsOfWorkspace.keys()];
  const user = { select: { id: true, username: true, disabledAt: true } };
  const [projectRows, workspaceRows] = await Promise.all([
    prisma.projectMember.findMany({ where: { namespace: { in: [...namespaces] } }, select: { namespace: true, namespaceUid: true, role: true, user } }),
    workspaces.length ? prisma.workspaceMember.findMany({ where: { workspaceName: { in: workspaces } }, select: { workspaceName: true, role: true, user } }) : [],
  ]);
  const members = new Map<string, Member>();
  const memberOf = (u: { id: string; username: string }) => members.get(u.id) ?? members.set(u.id, { id: u.id, username: u.username, workspaces: [], projects: [] }).get(u.id)!;
  for (const g of workspaceRows) if (!g.user.disabledAt) memberOf(g.user).workspaces.push({ workspaceName: g.workspaceName, role: g.role });
  for (const g of projectRows) {
    const uid = dir.get(g.namespace)?.metadata?.uid;
    // Only grants on the live namespace (same uid) count; one from before uids were kept is bound to it.
    if (g.user.disabledAt || !uid || (g.namespaceUid !== null && g.namespaceUid !== uid)) continue;
    memberOf(g.user).projects.push({ namespace: g.namespace, namespaceUid: uid, role: g.role });
  }
  const customMasks = sharedCustomMasks(prisma);
  for (const m of members.values()) {
    const id = await identityOf(m, customMasks);
    const direct = new Map(m.projects.map((g) => [g.namespace, g.role]));
    const reached = new Set([...direct.keys(), ...m.workspaces.flatMap((g) => nsOfWorkspace.get(g.workspaceName) ?? [])]);
    for (const ns of reached) {
      const d = out.get(ns)!;
      const role = roleIn(id, ns, workspaceOf.get(ns), direct.get(ns));
      if (!role) continue;
      d.roles.set(kubeRoleName(instance, role.name), rulesFor(role.mask));
      d.bindings.set(kubeBindingName(instance, m.username), { role: kubeRoleName(instance, role.name), subject: kubeUserOf(m.username) });
    }
  }
  return out;
}
