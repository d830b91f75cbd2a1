import { hiddenOrMissing, requireUser } from '@meridian/core';
import type { AppTemplateResolvers, AppVersionResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import type { AppstoreContext } from '../context.ts';
import { visibleVersions, type AppTemplateRow } from '../sources/templates.ts';

async function loadTemplate(templateId: string, ctx: AppstoreContext): Promise<AppTemplateRow> {
  requireUser(ctx.identity);
  const row = await ctx.loaders.templateById.load(templateId);
  if (!row) throw hiddenOrMissing('AppTemplate', templateId);
  return row;
}

const Query: QueryResolvers<AppstoreContext> = {
  appTemplates: (_parent, args, ctx) =>
    ctx.sources.templates.list(requireUser(ctx.identity), {
      nameContains: args.filter?.name,
      category: args.filter?.category,
      workspace: args.filter?.workspace,
      order: { field: args.sort?.field ?? 'NAME', direction: args.sort?.direction ?? 'ASC' },
      first: args.first,
      after: args.after,
    }),
  appTemplate: (_parent, args, ctx) => loadTemplate(args.id, ctx),
};

const AppTemplate: AppTemplateResolvers<AppstoreContext> = {
  __resolveReference: (ref, ctx) => loadTemplate(ref.id, ctx),
  workspace: (t) => (t.workspaceName ? { name: t.workspaceName } : null),
  versions: (t, _args, ctx) => visibleVersions(ctx.identity, t),
  latestVersion: (t) => t.versions.find((v) => v.state === 'ACTIVE') ?? null,
  createdAt: (t) => t.createdAt.toISOString(),
  updatedAt: (t) => t.updatedAt.toISOString(),
};

const AppVersion: AppVersionResolvers<AppstoreContext> = {
  createdAt: (v) => v.createdAt.toISOString(),
};

export const resolvers: Resolvers<AppstoreContext> = { Query, AppTemplate, AppVersion };
