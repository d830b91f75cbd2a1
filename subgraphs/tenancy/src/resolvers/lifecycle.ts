import { assertOutranks, mirrorProject } from './roles.ts';
import { badInput, hiddenOrMissing, notFound, policies, projectAccess, requireUser } from '@meridian/core';
import { pageOfIndex, sortedArraySource } from '@meridian/core/paging/index';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { loadVisibleWorkspace } from './visibility.ts';

/**
 * The lifecycle of users, workspaces, projects and memberships (issue #9): disable, delete,
 * update, remove. Each mutation hides what the caller may not see (NOT_FOUND) before its named
 * policy decides (FORBIDDEN); the capability fields answer the same policies.
 */

async function loadUser(username: string, ctx: TenancyContext) {
  const user = await ctx.loaders.userByUsername.load(username);
  if (!user) throw notFound('User', username);
  return user;
}

/** Empty strings fall back to the name (display name) or stay empty (description); undefined: unchanged. */
const trimmed = (v: string | null | undefined) => (v == null ? undefined : v.trim());

const byUsername = <T extends { user: { username: string } }>(rows: T[]) => sortedArraySource(rows, (m) => [m.user.username, m.user.username]);
const USERNAME_ORDER = { field: 'USERNAME', direction: 'ASC' } as const;

/** The live namespace's uid of a project the caller may see (NOT_FOUND when there is none). */
async function liveUid(project: string, ctx: TenancyContext): Promise<string> {
  const uid = await ctx.sources.namespaces.uidOf(project);
  if (!uid) throw hiddenOrMissing('Project', project);
  return uid;
}

export const lifecycleQueries: Pick<QueryResolvers<TenancyContext>, 'workspaceMembers' | 'projectMembers'> = {
  workspaceMembers: async (_parent, args, ctx) => {
    await loadVisibleWorkspace(args.workspace, ctx);
    policies.manageWorkspaceMembers(args.workspace).enforce(ctx.identity);
    const members = await ctx.sources.workspaces.members(args.workspace);
    return pageOfIndex(byUsername(members), { list: 'workspaceMembers', order: USERNAME_ORDER, first: args.first, after: args.after });
  },

  projectMembers: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    const scope = await projectAccess(id, ctx.sources.namespaces.directory, args.project).view();
    // Listing who holds roles is for those who may grant them; a read-only token of such a
    // caller may read the list (the policy is a write policy because it guards granting).
    if (!policies.manageProjectMembers(scope).allows({ ...id, readOnly: false })) policies.manageProjectMembers(scope).enforce(id);
    const members = await ctx.sources.users.projectMembers(args.project, await liveUid(args.project, ctx));
    return pageOfIndex(byUsername(members), { list: 'projectMembers', order: USERNAME_ORDER, first: args.first, after: args.after });
  },
};

export const lifecycleMutations: Pick<
  MutationResolvers<TenancyContext>,
  | 'disableUser'
  | 'enableUser'
  | 'deleteUser'
  | 'updateWorkspace'
  | 'deleteWorkspace'
  | 'updateProject'
  | 'deleteProject'
  | 'removeWorkspaceMember'
  | 'removeProjectMember'
> = {
  disableUser: async (_parent, args, ctx) => {
    policies.manageUsers.enforce(ctx.identity);
    policies.manageUserAccount((await loadUser(args.username, ctx)).id).enforce(ctx.identity);
    return ctx.sources.users.setDisabled(args.username, true);
  },

  enableUser: async (_parent, args, ctx) => {
    policies.manageUsers.enforce(ctx.identity);
    policies.manageUserAccount((await loadUser(args.username, ctx)).id).enforce(ctx.identity);
    return ctx.sources.users.setDisabled(args.username, false);
  },

  deleteUser: async (_parent, args, ctx) => {
    policies.manageUsers.enforce(ctx.identity);
    policies.manageUserAccount((await loadUser(args.username, ctx)).id).enforce(ctx.identity);
    await ctx.sources.users.delete(args.username);
    return true;
  },

  updateWorkspace: async (_parent, args, ctx) => {
    const ws = await loadVisibleWorkspace(args.name, ctx);
    policies.manageWorkspace(args.name).enforce(ctx.identity);
    const displayName = trimmed(args.input.displayName);
    return ctx.sources.workspaces.update(ws.name, {
      ...(displayName !== undefined ? { displayName: displayName || ws.name } : {}),
      ...(args.input.description != null ? { description: args.input.description } : {}),
    });
  },

  deleteWorkspace: async (_parent, args, ctx) => {
    await loadVisibleWorkspace(args.name, ctx);
    policies.manageWorkspace(args.name).enforce(ctx.identity);
    const projects = (await ctx.sources.namespaces.projectsOf(args.name)).map((p) => p.name).sort();
    const confirmed = [...new Set(args.confirm)].sort();
    if (confirmed.length !== args.confirm.length || confirmed.join('\n') !== projects.join('\n')) {
      throw badInput(`To delete workspace "${args.name}", list exactly its ${projects.length} project name(s) in confirm.`, 'confirm');
    }
    // Namespaces first: should one fail, the workspace (and the way to retry) is still there.
    for (const name of projects) await ctx.sources.namespaces.delete(name);
    await ctx.sources.workspaces.delete(args.name);
    return true;
  },

  updateProject: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    const scope = await projectAccess(id, ctx.sources.namespaces.directory, args.name).view();
    policies.manageProject(scope).enforce(id);
    // The answer is the patched namespace itself: the watch-fed directory may not have it yet.
    return ctx.sources.namespaces.annotate(args.name, { displayName: trimmed(args.input.displayName), description: trimmed(args.input.description) });
  },

  deleteProject: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    const scope = await projectAccess(id, ctx.sources.namespaces.directory, args.name).view();
    policies.manageProject(scope).enforce(id);
    if (args.confirm !== args.name) throw badInput(`To delete project "${args.name}", give its name in confirm.`, 'confirm');
    await ctx.sources.namespaces.delete(args.name);
    return true;
  },

  removeWorkspaceMember: async (_parent, args, ctx) => {
    await loadVisibleWorkspace(args.workspace, ctx);
    policies.manageWorkspaceMembers(args.workspace).enforce(ctx.identity);
    const user = await loadUser(args.username, ctx);
    await assertOutranks(ctx, { workspace: args.workspace }, user);
    await ctx.sources.workspaces.removeMember(args.workspace, user.id, args.username);
    return true;
  },

  removeProjectMember: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    const scope = await projectAccess(id, ctx.sources.namespaces.directory, args.project).manageMembers();
    const user = await loadUser(args.username, ctx);
    const uid = await liveUid(args.project, ctx);
    await assertOutranks(ctx, { workspace: scope.workspace ?? '', namespace: args.project, namespaceUid: uid }, user);
    if (!(await ctx.sources.users.removeProjectMember(args.project, uid, user.id))) throw notFound('ProjectMember', args.username);
    await mirrorProject(ctx, args.project); // the RoleBinding goes now, not at the next resync
    return true;
  },
};
