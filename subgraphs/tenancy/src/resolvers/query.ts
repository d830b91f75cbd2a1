import { hiddenOrMissing, projectAccess, requireUser } from '@meridian/core';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import type { ProjectRow } from '../sources/namespaces.ts';
import { apiTokenQueries } from './api-tokens.ts';
import { auditQueries } from './audit.ts';
import { lifecycleQueries } from './lifecycle.ts';
import { signInQueries } from './sign-in.ts';
import { userQueries } from './users.ts';
import { loadVisibleWorkspace, visibleWorkspaceNames } from './visibility.ts';

/** The project if the caller may see it; NOT_FOUND otherwise (also when it does not exist). */
export async function loadVisibleProject(name: string, ctx: TenancyContext): Promise<ProjectRow> {
  await projectAccess(ctx.identity, ctx.sources.namespaces.directory, name).view();
  const row = await ctx.loaders.projectByName.load(name);
  if (!row) throw hiddenOrMissing('Project', name);
  return row;
}

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
  ...signInQueries,
  ...lifecycleQueries,
};
