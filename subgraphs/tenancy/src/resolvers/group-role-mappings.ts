import { policies, requireUser } from '@meridian/core';
import type { GroupRoleMappingResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';

/** Group → role mappings for LDAP and OIDC sign-in: platform admins read and edit them. */

function requireAdmin(ctx: TenancyContext) {
  const id = requireUser(ctx.identity);
  policies.manageUsers.enforce(id);
  return id;
}

export const groupRoleMappingQueries: Pick<QueryResolvers<TenancyContext>, 'groupRoleMappings'> = {
  groupRoleMappings: (_parent, _args, ctx) => {
    requireAdmin(ctx);
    return ctx.sources.signIn.groupRoles.list();
  },
};

export const groupRoleMappingMutations: Pick<MutationResolvers<TenancyContext>, 'createGroupRoleMapping' | 'deleteGroupRoleMapping'> = {
  createGroupRoleMapping: async (_parent, { input }, ctx) => {
    const id = requireAdmin(ctx);
    const row = await ctx.sources.signIn.groupRoles.add({
      group: input.group.trim(),
      ...(input.source ? { source: input.source === 'LDAP' ? 'ldap' : 'oidc' } : {}),
      ...(input.platformRole ? { platformRole: input.platformRole } : {}),
      ...(input.workspace || input.workspaceRole ? { workspace: input.workspace ?? '', workspaceRole: input.workspaceRole ?? '' } : {}),
      ...(input.project || input.projectRole ? { project: input.project ?? '', projectRole: input.projectRole ?? '' } : {}),
    });
    ctx.log.info({ userId: id.userId, mapping: row }, 'group role mapping added');
    return row;
  },

  deleteGroupRoleMapping: async (_parent, args, ctx) => {
    const id = requireAdmin(ctx);
    await ctx.sources.signIn.groupRoles.remove(args.id);
    ctx.log.info({ userId: id.userId, mappingId: args.id }, 'group role mapping deleted');
    return true;
  },
};

export const GroupRoleMapping: GroupRoleMappingResolvers<TenancyContext> = {
  source: (m) => (m.source === 'ldap' ? 'LDAP' : m.source === 'oidc' ? 'OIDC' : null),
  platformRole: (m) => m.platformRole ?? null,
  workspace: (m) => m.workspace ?? null,
  workspaceRole: (m) => m.workspaceRole ?? null,
  project: (m) => m.project ?? null,
  projectRole: (m) => m.projectRole ?? null,
};
