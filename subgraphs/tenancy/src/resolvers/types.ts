import { memberRoleFields, projectRoleFields, workspaceRoleFields } from './roles.ts';
import { BUILT_IN_PROJECT_ROLES, BUILT_IN_WORKSPACE_ROLES } from '../sources/custom-roles.ts';
import { canViewProject, canViewWorkspace, platformSubject, policies, projectRole, requireUser, workspaceRole, type PlatformRole } from '@meridian/core';
import type {
  LoginResultResolvers,
  ProjectMemberResolvers,
  ProjectResolvers,
  UserResolvers,
  WorkspaceMemberResolvers,
  WorkspaceResolvers,
} from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { allOf, nameContains, pageOfIndex, sortedArraySource } from '@meridian/core/paging/index';
import type { ProjectRow } from '../sources/namespaces.ts';
import { platformRoleOut, projectRoleOut, workspaceRoleOut } from '../roles.ts';
import { loadVisibleProject } from './query.ts';
import { loadVisibleWorkspace } from './visibility.ts';
import { projectQuotaFields, workspaceQuotaFields } from './quotas.ts';
import { auditUserFields } from './audit.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

const capabilitySubject = (u: { id: string; platformRole: string }, ctx: TenancyContext) =>
  ctx.identity.authMethod === 'token' && ctx.identity.userId === u.id ? ctx.identity : platformSubject(u.platformRole as PlatformRole);

/**
 * Contact and sign-in details are the user's own and platform admins' business: a workspace
 * admin adding someone by username learns no more than the username they typed.
 */
const seesPrivateDetails = (u: { id: string }, ctx: TenancyContext) =>
  signedInNow.has(u) || ctx.identity.userId === u.id || policies.manageUsers.allows(ctx.identity);
/** The user a `login` answer is about: the (still anonymous) caller has just proved to be them. */
const signedInNow = new WeakSet<object>();

export const User: UserResolvers<TenancyContext> = {
  platformRole: (u) => platformRoleOut(u.platformRole),
  createdAt: (u) => u.createdAt.toISOString(),
  email: (u, _args, ctx) => (seesPrivateDetails(u, ctx) ? u.email : null),
  lastLoginAt: (u, _args, ctx) => (seesPrivateDetails(u, ctx) ? iso(u.lastLoginAt) : null),
  mustChangePassword: (u, _args, ctx) => seesPrivateDetails(u, ctx) && u.mustChangePassword,
  // The policies the mutations enforce, applied to the user's stored platform role (the one
  // /internal/identity hands the gateway); for the caller's own user through an API token, to
  // the token's identity (read-only, narrowed to projects), which is what it will be allowed.
  canCreateWorkspace: (u, _args, ctx) => policies.createWorkspace.allows(capabilitySubject(u, ctx)),
  canManageUsers: (u, _args, ctx) => policies.manageUsers.allows(capabilitySubject(u, ctx)),
  ...auditUserFields,
  source: (u) => (u.source === 'ldap' ? 'LDAP' : u.source === 'oidc' ? 'OIDC' : 'LOCAL'),
  // The same condition changePassword checks (sessions.changePassword).
  canChangePassword: (u) => u.source === 'local',
  disabledAt: (u, _args, ctx) => (seesPrivateDetails(u, ctx) ? iso(u.disabledAt) : null),
  // What disableUser, enableUser and deleteUser enforce (the last-admin CONFLICT aside).
  viewerCanDisable: (u, _args, ctx) => policies.manageUsers.allows(ctx.identity) && policies.manageUserAccount(u.id).allows(ctx.identity),
};

export const LoginResult: LoginResultResolvers<TenancyContext> = {
  expiresAt: (r) => r.expiresAt.toISOString(),
  mustChangePassword: (r) => r.user.mustChangePassword,
  user: (r) => {
    signedInNow.add(r.user);
    return r.user;
  },
};

export const Workspace: WorkspaceResolvers<TenancyContext> = {
  // Other subgraphs reference workspaces by name; the same visibility rule applies.
  __resolveReference: (ref, ctx) => loadVisibleWorkspace(ref.name, ctx),
  createdAt: (w) => w.createdAt.toISOString(),

  members: async (w, _args, ctx) => {
    policies.manageWorkspaceMembers(w.name).enforce(ctx.identity);
    return ctx.sources.workspaces.members(w.name);
  },

  /** The workspace's projects the caller may see, by name, a page at a time. */
  projects: async (w, args, ctx) => {
    const id = requireUser(ctx.identity);
    const projects = sortedArraySource(await ctx.sources.namespaces.projectsOf(w.name), (p) => [p.name, p.name]);
    return pageOfIndex(projects, {
      list: 'projects',
      order: { field: 'NAME', direction: 'ASC' },
      first: args.first,
      after: args.after,
      filter: allOf<ProjectRow>((p) => canViewProject(id, p.name, w.name), nameContains(args.filter?.name, (p) => p.name)),
    });
  },

  // Capabilities come from the caller's identity, exactly what the mutations check.
  viewerRole: (w, _args, ctx) => {
    const role = workspaceRole(requireUser(ctx.identity), w.name);
    return role ? workspaceRoleOut(role) : null;
  },
  viewerCanCreateProject: (w, _args, ctx) => policies.createProjectIn(w.name).allows(requireUser(ctx.identity)),
  // updateWorkspace and deleteWorkspace enforce the one policy.
  viewerCanEdit: (w, _args, ctx) => policies.manageWorkspace(w.name).allows(requireUser(ctx.identity)),
  viewerCanDelete: (w, _args, ctx) => policies.manageWorkspace(w.name).allows(requireUser(ctx.identity)),
  ...workspaceRoleFields,
  ...workspaceQuotaFields,
};

export const Project: ProjectResolvers<TenancyContext> = {
  __resolveReference: (ref, ctx) => loadVisibleProject(ref.name, ctx),

  workspace: async (p, _args, ctx) => {
    if (!p.workspace) return null;
    const id = requireUser(ctx.identity);
    if (!canViewWorkspace(id, p.workspace, [p.name])) return null;
    return ctx.loaders.workspaceByName.load(p.workspace);
  },

  viewerRole: (p, _args, ctx) => {
    const role = projectRole(requireUser(ctx.identity), p.name);
    return role ? projectRoleOut(role) : null;
  },
  // The policies projectAccess(...).edit() (scaleDeployment, runPipeline, …) and
  // .manageMembers() (addProjectMember) enforce.
  viewerCanEdit: (p, _args, ctx) => policies.editProject({ namespace: p.name, workspace: p.workspace }).allows(requireUser(ctx.identity)),
  viewerCanManageMembers: (p, _args, ctx) => policies.manageProjectMembers({ namespace: p.name, workspace: p.workspace }).allows(requireUser(ctx.identity)),
  // updateProject and deleteProject enforce policies.manageProject.
  viewerCanDelete: (p, _args, ctx) => policies.manageProject({ namespace: p.name, workspace: p.workspace }).allows(requireUser(ctx.identity)),
  ...projectRoleFields,
  ...projectQuotaFields,
};

export const WorkspaceMember: WorkspaceMemberResolvers<TenancyContext> = {
  ...memberRoleFields(BUILT_IN_WORKSPACE_ROLES, workspaceRoleOut),
  createdAt: (m) => m.createdAt.toISOString(),
};

export const ProjectMember: ProjectMemberResolvers<TenancyContext> = {
  project: (m) => m.namespace,
  ...memberRoleFields(BUILT_IN_PROJECT_ROLES, projectRoleOut),
  createdAt: (m) => m.createdAt.toISOString(),
};
