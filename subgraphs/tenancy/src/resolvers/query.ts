import { roleQueries } from './roles.ts';
import { requireUser } from '@meridian/core';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { apiTokenQueries } from './api-tokens.ts';
import { auditQueries } from './audit.ts';
import { lifecycleQueries } from './lifecycle.ts';
import { signInQueries } from './sign-in.ts';
import { userQueries } from './users.ts';
import { loadVisibleProject, loadVisibleWorkspace, visibleWorkspaceNames } from './visibility.ts';

export { loadVisibleProject };

export const Query: QueryResolvers<TenancyContext> = {
  me: async (_parent, _args, ctx) => {
    if (ctx.identity.kind !== 'user' || !ctx.identity.userId) return null;
    return ctx.loaders.userById.load(ctx.identity.userId);
  },

  workspaces: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    return ctx.sources.workspaces.list({
      visible: await visibleWorkspaceNames(id, ctx),
      nameContains: args.filter?.name,
      order: { field: args.sort?.field ?? 'NAME', direction: args.sort?.direction ?? 'ASC' },
      first: args.first,
      after: args.after,
    });
  },

  workspace: (_parent, args, ctx) => loadVisibleWorkspace(args.name, ctx),

  project: (_parent, args, ctx) => loadVisibleProject(args.name, ctx),

  ...userQueries,
  ...apiTokenQueries,
  ...auditQueries,
  ...roleQueries,
  ...signInQueries,
  ...lifecycleQueries,
};
