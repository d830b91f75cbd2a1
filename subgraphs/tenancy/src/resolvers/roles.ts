import {
  badInput,
  BUNDLE_INFO,
  BUNDLES,
  bundleMask,
  bundlesOf,
  forbidden,
  isBundle,
  notFound,
  policies,
  PROJECT_ROLE_BUNDLES,
  projectBundles,
  projectPart,
  requireUser,
  WORKSPACE_ROLE_BUNDLES,
  workspaceBundles,
  WRITE_BUNDLES,
  type Bundle,
  type BundleMask,
  type Identity,
} from '@meridian/core';
import { pageOfIndex, sortedArraySource } from '@meridian/core/paging/index';
import type { Connection } from '@meridian/core/paging/index';
import type { PermissionBundle, QueryResolvers, MutationResolvers, RoleResolvers, RoleScope } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { BUILT_IN_PROJECT_ROLES, BUILT_IN_WORKSPACE_ROLES, isBuiltInRoleName, type RoleHome } from '../sources/custom-roles.ts';
import { assertDns1123Label } from '../validation.ts';
import { loadVisibleProject, loadVisibleWorkspace } from './visibility.ts';

export type RoleConnectionModel = Connection<RoleModel>;

/** A role as the API shows it (built-in roles are made up on the spot, custom ones are rows). */
export interface RoleModel {
  name: string;
  scope: RoleScope;
  workspace: string;
  project: string | null;
  builtIn: boolean;
  description: string;
  bundles: PermissionBundle[];
  createdAt: string | null;
  home: RoleHome;
}

export const bundleOut = (b: Bundle) => b.toUpperCase().replace(/-/g, '_') as PermissionBundle;
const bundleIn = (b: PermissionBundle) => b.toLowerCase().replace(/_/g, '-');
const IMPLIED = (b: Bundle) => bundlesOf(bundleMask([b])).filter((x) => x !== b);

const BUILT_IN_DESCRIPTIONS: Record<string, string> = {
  admin: 'Everything in the project, members and settings included.',
  operator: 'Changes workloads, alerting and pipelines; reads metrics and logs.',
  viewer: 'Reads workloads, metrics, logs and pipelines.',
  'workspace-admin': 'Everything in the workspace and all its projects, members and roles included.',
  'workspace-self-provisioner': 'Creates projects in the workspace (and administers those).',
  'workspace-regular': 'A member with no rights of its own; sees projects they are granted.',
  'workspace-viewer': 'Reads everything in every project of the workspace.',
};

/** Only the bundles the caller may use now: a read-only token holds no write bundle. */
const usable = (id: Identity, mask: BundleMask) => (id.readOnly ? mask & ~WRITE_BUNDLES : mask);

/** Which workspace or project a roles operation is about; NOT_FOUND when the caller may not see it. */
async function homeOf(ctx: TenancyContext, scope: RoleScope, workspace: string | null | undefined, project: string | null | undefined): Promise<RoleHome> {
  if (scope === 'WORKSPACE') {
    if (!workspace) throw badInput('A WORKSPACE role needs `workspace`.', 'workspace');
    if (project) throw badInput('A WORKSPACE role has no `project`.', 'project');
    await loadVisibleWorkspace(workspace, ctx);
    return { workspace };
  }
  if (!project) throw badInput('A PROJECT role needs `project`.', 'project');
  const p = await loadVisibleProject(project, ctx);
  // A namespace outside every workspace is visible only to platform admins and its members; it has no custom roles.
  if (!p.workspace || !p.uid) throw badInput(`Project "${project}" belongs to no workspace, so it has only the built-in roles.`, 'project');
  if (workspace && workspace !== p.workspace) throw badInput(`Project "${project}" is not in workspace "${workspace}".`, 'workspace');
  return { workspace: p.workspace, namespace: project, namespaceUid: p.uid };
}

/**
 * Listing roles: who may grant them there. A read-only token of such a caller may read the list
 * (the project policy is a write policy because it guards granting).
 */
function enforceMembers(ctx: TenancyContext, home: RoleHome) {
  const policy = home.namespace ? policies.manageProjectMembers({ namespace: home.namespace, workspace: home.workspace }) : policies.manageWorkspaceMembers(home.workspace);
  if (!policy.allows({ ...ctx.identity, readOnly: false })) policy.enforce(ctx.identity);
}

function builtInRoles(home: RoleHome): RoleModel[] {
  const table: Record<string, BundleMask> = home.namespace ? PROJECT_ROLE_BUNDLES : WORKSPACE_ROLE_BUNDLES;
  const names = home.namespace ? BUILT_IN_PROJECT_ROLES : BUILT_IN_WORKSPACE_ROLES;
  return names.map((name) => ({
    name,
    scope: home.namespace ? 'PROJECT' : 'WORKSPACE',
    workspace: home.workspace,
    project: home.namespace ?? null,
    builtIn: true,
    description: BUILT_IN_DESCRIPTIONS[name] ?? '',
    bundles: bundlesOf(table[name]).map(bundleOut),
    createdAt: null,
    home,
  }));
}

function customRole(home: RoleHome, row: { name: string; description: string; bundles: string[]; createdAt: Date }): RoleModel {
  return {
    name: row.name,
    scope: home.namespace ? 'PROJECT' : 'WORKSPACE',
    workspace: home.workspace,
    project: home.namespace ?? null,
    builtIn: false,
    description: row.description,
    bundles: row.bundles.filter(isBundle).map(bundleOut),
    createdAt: row.createdAt.toISOString(),
    home,
  };
}

const MAX_DESCRIPTION = 500;

/** Bundles as given, checked: at least one, CREATE_PROJECTS only in a workspace role. */
function checkBundles(home: RoleHome, bundles: readonly PermissionBundle[]): string[] {
  const names = [...new Set(bundles.map(bundleIn))];
  if (!names.length) throw badInput('Tick at least one permission bundle.', 'bundles');
  const bad = names.find((b) => !isBundle(b) || (home.namespace && !BUNDLE_INFO[b as Bundle].scopes.includes('project')));
  if (bad) throw badInput(`${bundleOut(bad as Bundle)} cannot be part of a project role.`, 'bundles');
  return names;
}

function checkDescription(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  if (value.length > MAX_DESCRIPTION) throw badInput(`The description may have at most ${MAX_DESCRIPTION} characters.`, 'description');
  return value;
}

/** Reconciles the project's RoleBindings after its roles or grants changed (the resync repeats it anyway). */
export const mirrorProject = (ctx: TenancyContext, namespace: string) =>
  ctx.sources.rbac.reconcile(namespace).catch((err) => ctx.log.warn({ err, namespace }, 'RBAC mirror: reconcile after a change failed'));

export const roleQueries: Pick<QueryResolvers<TenancyContext>, 'permissionBundles' | 'roles'> = {
  permissionBundles: (_parent, _args, ctx) => {
    requireUser(ctx.identity);
    return BUNDLES.map((b) => ({
      bundle: bundleOut(b),
      scopes: BUNDLE_INFO[b].scopes.map((s) => (s === 'project' ? 'PROJECT' : 'WORKSPACE') as RoleScope),
      description: BUNDLE_INFO[b].description,
      implies: IMPLIED(b).map(bundleOut),
    }));
  },

  roles: async (_parent, args, ctx) => {
    requireUser(ctx.identity);
    const home = await homeOf(ctx, args.scope, args.workspace, args.project);
    enforceMembers(ctx, home);
    const custom = (await ctx.sources.roles.list(home)).map((r) => customRole(home, r));
    // Built-in roles first (in KubeSphere's order), then custom ones by name (the list is sorted so).
    const all = [...builtInRoles(home), ...custom];
    // Keys stay put when custom roles come and go, so cursors keep their place.
    const position = new Map(all.map((r, i) => [r, r.builtIn ? `0${i}` : `1${r.name}`]));
    return pageOfIndex(sortedArraySource(all, (r) => [position.get(r)!, r.name]), {
      list: `roles:${args.scope}:${home.workspace}:${home.namespace ?? ''}`,
      order: { field: 'NAME', direction: 'ASC' },
      first: args.first,
      after: args.after,
    });
  },
};

/** The bundles of a role of this home (built-in or custom); undefined when there is no such role. */
async function roleMask(ctx: TenancyContext, home: RoleHome, name: string): Promise<BundleMask | undefined> {
  const builtIns: Record<string, BundleMask> = home.namespace ? PROJECT_ROLE_BUNDLES : WORKSPACE_ROLE_BUNDLES;
  if (Object.hasOwn(builtIns, name)) return builtIns[name];
  if (isBuiltInRoleName(name)) return undefined;
  const row = await ctx.sources.roles.get(home, name);
  return row ? bundleMask(row.bundles) : undefined;
}

/** The role a grant names, checked against its home: `role` (built-in enum, already a name) xor `roleName`. */
async function grantedRole(ctx: TenancyContext, home: RoleHome, role: string | null | undefined, roleName: string | null | undefined): Promise<{ name: string; mask: BundleMask }> {
  if ((role == null) === (roleName == null)) throw badInput('Give exactly one of `role` and `roleName`.', 'roleName');
  const name = (role ?? roleName)!;
  if (isBuiltInRoleName(name) && !BUILT_IN(home).includes(name)) throw badInput(`"${name}" is not a ${home.namespace ? 'project' : 'workspace'} role.`, 'roleName');
  const mask = await roleMask(ctx, home, name);
  if (mask === undefined) throw notFound('Role', name);
  return { name, mask };
}

const BUILT_IN = (home: RoleHome) => (home.namespace ? BUILT_IN_PROJECT_ROLES : BUILT_IN_WORKSPACE_ROLES);
const heldIn = (ctx: TenancyContext, home: RoleHome) =>
  home.namespace ? projectBundles(ctx.identity, home.namespace, home.workspace || undefined) : workspaceBundles(ctx.identity, home.workspace);

/**
 * Nobody replaces or takes away a grant that holds more than they do: a member who may only
 * manage members cannot demote or remove an admin (FORBIDDEN). Run after the caller was allowed
 * to manage members there.
 */
export async function assertOutranks(ctx: TenancyContext, home: RoleHome, user: { id: string; username: string }): Promise<void> {
  const current = home.namespace ? await ctx.sources.roles.grantedIn(home.namespace, home.namespaceUid ?? '', user.id) : await ctx.sources.roles.workspaceGrantOf(home.workspace, user.id);
  const mask = current ? await roleMask(ctx, home, current) : undefined;
  if (mask !== undefined && (projectOrAll(home, mask) & ~heldIn(ctx, home)) !== 0) {
    throw forbidden(`You cannot change or remove the role of "${user.username}": it holds permissions you do not have here.`);
  }
}
const projectOrAll = (home: RoleHome, mask: BundleMask) => (home.namespace ? projectPart(mask) : mask);

/**
 * The role to grant in a workspace, after the caller was allowed to manage its members. Nobody
 * grants more than they hold: a role with bundles the caller lacks there is FORBIDDEN.
 */
export async function workspaceGrantRole(ctx: TenancyContext, workspace: string, role: string | null | undefined, roleName: string | null | undefined): Promise<string> {
  const granted = await grantedRole(ctx, { workspace }, role, roleName);
  if ((granted.mask & ~heldIn(ctx, { workspace })) !== 0) throw forbidden(`You cannot grant "${granted.name}": it holds permissions you do not have in workspace "${workspace}".`);
  return granted.name;
}

/** As workspaceGrantRole, for a project (its live namespace uid and workspace label). */
export async function projectGrantRole(ctx: TenancyContext, project: { name: string; uid: string; workspace: string | undefined }, role: string | null | undefined, roleName: string | null | undefined): Promise<string> {
  const home: RoleHome = { workspace: project.workspace ?? '', namespace: project.name, namespaceUid: project.uid };
  const granted = await grantedRole(ctx, home, role, roleName);
  if ((projectPart(granted.mask) & ~heldIn(ctx, home)) !== 0) throw forbidden(`You cannot grant "${granted.name}": it holds permissions you do not have in project "${project.name}".`);
  return granted.name;
}

export const roleMutations: Pick<MutationResolvers<TenancyContext>, 'createRole' | 'updateRole' | 'deleteRole'> = {
  createRole: async (_parent, { input }, ctx) => {
    requireUser(ctx.identity);
    const home = await homeOf(ctx, input.scope, input.workspace, input.project);
    policies.manageRoles(home.workspace).enforce(ctx.identity);
    assertDns1123Label(input.name, 'name');
    if (isBuiltInRoleName(input.name)) throw badInput(`"${input.name}" is a built-in role name.`, 'name');
    const row = await ctx.sources.roles.create(home, { name: input.name, description: checkDescription(input.description) ?? '', bundles: checkBundles(home, input.bundles) });
    return customRole(home, row);
  },

  updateRole: async (_parent, args, ctx) => {
    requireUser(ctx.identity);
    const home = await homeOf(ctx, args.scope, args.workspace, args.project);
    policies.manageRoles(home.workspace).enforce(ctx.identity);
    if (isBuiltInRoleName(args.name)) throw badInput('Built-in roles cannot be changed.', 'name');
    const row = await ctx.sources.roles.update(home, args.name, {
      description: checkDescription(args.input.description),
      bundles: args.input.bundles ? checkBundles(home, args.input.bundles) : undefined,
    });
    if (home.namespace) await mirrorProject(ctx, home.namespace);
    return customRole(home, row);
  },

  deleteRole: async (_parent, args, ctx) => {
    requireUser(ctx.identity);
    const home = await homeOf(ctx, args.scope, args.workspace, args.project);
    policies.manageRoles(home.workspace).enforce(ctx.identity);
    if (isBuiltInRoleName(args.name)) throw badInput('Built-in roles cannot be deleted.', 'name');
    await ctx.sources.roles.delete(home, args.name);
    return true;
  },
};

export const Role: RoleResolvers<TenancyContext> = {
  grantCount: (r, _args, ctx) => ctx.sources.roles.grantCount(r.home, r.name),
};

/** Capability fields: the bundles the access layer computes, the very ones every subgraph enforces. */
export const projectRoleFields = {
  myPermissions: (p: { name: string; workspace: string | undefined }, _args: unknown, ctx: TenancyContext) =>
    bundlesOf(usable(ctx.identity, projectBundles(requireUser(ctx.identity), p.name, p.workspace))).map(bundleOut),
  viewerCanManageRoles: (p: { workspace: string | undefined }, _args: unknown, ctx: TenancyContext) => !!p.workspace && policies.manageRoles(p.workspace).allows(ctx.identity),
  viewerRoleName: async (p: { name: string; uid: string | undefined }, _args: unknown, ctx: TenancyContext) => {
    const id = requireUser(ctx.identity);
    return p.uid ? ctx.sources.roles.grantedIn(p.name, p.uid, id.userId) : null;
  },
};

export const workspaceRoleFields = {
  myPermissions: (w: { name: string }, _args: unknown, ctx: TenancyContext) => bundlesOf(usable(ctx.identity, workspaceBundles(requireUser(ctx.identity), w.name))).map(bundleOut),
  viewerCanManageRoles: (w: { name: string }, _args: unknown, ctx: TenancyContext) => policies.manageRoles(w.name).allows(ctx.identity),
};

/** Members: the enum for built-in roles (null for custom), the name always. */
export const memberRoleFields = <E extends string>(builtIn: readonly string[], out: (r: string) => E) => ({
  role: (m: { role: string }) => (builtIn.includes(m.role) ? out(m.role) : null),
  roleName: (m: { role: string }) => m.role,
});
