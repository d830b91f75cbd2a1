import { assertOutranks, mirrorProject, projectGrantRole, roleMutations, workspaceGrantRole } from './roles.ts';
import type { ProjectRole, WorkspaceRole } from '@meridian/core';
import { badInput, hiddenOrMissing, notFound, policies, projectAccess, requireUser } from '@meridian/core';
import type { MutationResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { projectRoleIn, workspaceRoleIn } from '../roles.ts';
import { assertDns1123Label } from '../validation.ts';
import { apiTokenMutations } from './api-tokens.ts';
import { lifecycleMutations } from './lifecycle.ts';
import { signInMutations } from './sign-in.ts';
import { userMutations } from './users.ts';
import { loadVisibleWorkspace } from './visibility.ts';
import { quotaMutations, settleNewProject } from './quotas.ts';

export const Mutation: MutationResolvers<TenancyContext> = {
  login: (_parent, args, ctx) => ctx.sources.sessions.login(args.username, args.password, { clientAddress: ctx.clientAddress, userAgent: ctx.userAgent }),

  logout: async (_parent, args, ctx) => {
    if (args.token) {
      // Holding a session token is what entitles one to end that session.
      const claims = await ctx.sources.sessions.decode(args.token);
      return claims ? ctx.sources.sessions.revoke(claims.sessionId, claims.userId) : false;
    }
    const id = requireUser(ctx.identity);
    if (!id.sessionId) throw badInput('Pass the session token to end: this request does not say which session it came from.', 'token');
    return ctx.sources.sessions.revoke(id.sessionId, id.userId);
  },

  createWorkspace: async (_parent, { input }, ctx) => {
    const id = requireUser(ctx.identity);
    policies.createWorkspace.enforce(id);
    assertDns1123Label(input.name, 'name');
    return ctx.sources.workspaces.create({
      name: input.name,
      displayName: input.displayName?.trim() || input.name,
      description: input.description ?? '',
      createdById: id.userId,
    });
  },

  createProject: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    await loadVisibleWorkspace(args.workspace, ctx);
    policies.createProjectIn(args.workspace).enforce(id);
    assertDns1123Label(args.name, 'name');
    const project = await ctx.sources.namespaces.create(args.name, args.workspace, args.displayName);
    // The creator administers the project; for a self-provisioner that is their only grant on it.
    await ctx.sources.users.setProjectRole(project.name, project.uid!, id.userId, 'admin');
    void mirrorProject(ctx, project.name);
    await settleNewProject(project.name, args.workspace, ctx);
    return project;
  },

  addWorkspaceMember: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    await loadVisibleWorkspace(args.workspace, ctx);
    policies.manageWorkspaceMembers(args.workspace).enforce(id);
    const role = await workspaceGrantRole(ctx, args.workspace, args.role && workspaceRoleIn(args.role), args.roleName);
    const user = await ctx.loaders.userByUsername.load(args.username);
    if (!user) throw notFound('User', args.username);
    await assertOutranks(ctx, { workspace: args.workspace }, user);
    return ctx.sources.workspaces.setMember(args.workspace, user.id, role as WorkspaceRole);
  },

  addProjectMember: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    const scope = await projectAccess(id, ctx.sources.namespaces.directory, args.project).manageMembers();
    const uid = await ctx.sources.namespaces.uidOf(args.project);
    if (!uid) throw hiddenOrMissing('Project', args.project);
    const role = await projectGrantRole(ctx, { name: args.project, uid, workspace: scope.workspace }, args.role && projectRoleIn(args.role), args.roleName);
    const user = await ctx.loaders.userByUsername.load(args.username);
    if (!user) throw notFound('User', args.username);
    await assertOutranks(ctx, { workspace: scope.workspace ?? '', namespace: args.project, namespaceUid: uid }, user);
    const member = await ctx.sources.users.setProjectRole(args.project, uid, user.id, role as ProjectRole);
    await mirrorProject(ctx, args.project); // its RoleBinding now, not at the next resync
    return member;
  },

  ...userMutations,
  ...apiTokenMutations,
  ...roleMutations,
  ...signInMutations,
  ...lifecycleMutations,
  ...quotaMutations,
};
