import { badInput, policies, requireUser, type Identity } from '@meridian/core';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { platformRoleIn } from '../roles.ts';
import { assertEmail, assertPassword, assertUsername } from '../validation.ts';

/** Platform user management (KubeSphere's "Users" page): platform admins only. */

function assertCanManageUsers(id: Identity): void {
  policies.manageUsers.enforce(id);
}

export const userQueries: Pick<QueryResolvers<TenancyContext>, 'users'> = {
  users: (_parent, args, ctx) => {
    assertCanManageUsers(ctx.identity);
    return ctx.sources.users.list({
      usernameContains: args.filter?.username,
      order: { field: args.sort?.field ?? 'USERNAME', direction: args.sort?.direction ?? 'ASC' },
      first: args.first,
      after: args.after,
    });
  },
};

export const userMutations: Pick<MutationResolvers<TenancyContext>, 'createUser' | 'setUserPlatformRole' | 'changePassword'> = {
  createUser: async (_parent, { input }, ctx) => {
    assertCanManageUsers(ctx.identity);
    const username = input.username;
    const email = input.email.trim();
    assertUsername(username);
    assertEmail(email);
    assertPassword(input.password, 'password');
    return ctx.sources.users.create({
      username,
      email,
      displayName: input.displayName?.trim() || username,
      password: input.password,
      platformRole: platformRoleIn(input.platformRole ?? 'PLATFORM_REGULAR'),
      mustChangePassword: input.mustChangePassword === true,
    });
  },

  setUserPlatformRole: async (_parent, args, ctx) => {
    assertCanManageUsers(ctx.identity);
    return ctx.sources.users.setPlatformRole(args.username, platformRoleIn(args.role));
  },

  changePassword: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    assertPassword(args.newPassword, 'newPassword');
    if (args.newPassword === args.oldPassword) throw badInput('The new password must differ from the current one.', 'newPassword');
    await ctx.sources.sessions.changePassword(id.userId, id.sessionId, args.oldPassword, args.newPassword, ctx.clientAddress);
    return true;
  },
};
