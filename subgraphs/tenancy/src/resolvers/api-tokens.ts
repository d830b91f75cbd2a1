import { badInput, forbidden, projectAccess, requireUser, type Identity } from '@meridian/core';
import type { ApiTokenResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { tokenPrefix, tokenStatus } from '../sources/api-tokens.ts';

/** Personal API tokens ("My account → API tokens"): each user manages their own. */

const MAX_NAME = 100;
export const MAX_TOKEN_DAYS = 365;
const MAX_PROJECTS = 100;
const DAY_MS = 86_400_000;

/** A token cannot mint or revoke tokens: that would outlive its expiry and escape its scope. */
function requireSession(identity: Identity) {
  const id = requireUser(identity);
  if (id.authMethod === 'token') throw forbidden('Managing API tokens needs a signed-in session: an API token cannot create or revoke tokens.');
  return id;
}

export const apiTokenQueries: Pick<QueryResolvers<TenancyContext>, 'myApiTokens'> = {
  myApiTokens: (_parent, args, ctx) => ctx.sources.apiTokens.list(requireUser(ctx.identity).userId, { first: args.first, after: args.after }),
};

export const apiTokenMutations: Pick<MutationResolvers<TenancyContext>, 'createApiToken' | 'revokeApiToken'> = {
  createApiToken: async (_parent, { input }, ctx) => {
    const id = requireSession(ctx.identity);
    const name = input.name.trim();
    if (!name || name.length > MAX_NAME) throw badInput(`The token name must be 1 to ${MAX_NAME} characters.`, 'name');
    if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
      throw badInput(`A token expires in 1 to ${MAX_TOKEN_DAYS} days.`, 'expiresInDays');
    }
    let projects: string[] | null = null;
    if (input.projects != null) {
      projects = [...new Set(input.projects)].sort();
      if (!projects.length) throw badInput('Choose at least one project, or leave projects out for all of yours.', 'projects');
      if (projects.length > MAX_PROJECTS) throw badInput(`A token may name at most ${MAX_PROJECTS} projects.`, 'projects');
      // Only projects the caller sees: anything else is NOT_FOUND, like everywhere.
      for (const p of projects) await projectAccess(id, ctx.sources.namespaces.directory, p).view();
    }
    const created = await ctx.sources.apiTokens.create(id.userId, {
      name,
      scope: input.scope,
      projects,
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
    });
    ctx.log.info({ userId: id.userId, tokenId: created.apiToken.id, scope: input.scope, projects }, 'API token created');
    return created;
  },

  revokeApiToken: async (_parent, args, ctx) => {
    const id = requireSession(ctx.identity);
    const row = await ctx.sources.apiTokens.revoke(id.userId, args.id);
    ctx.log.info({ userId: id.userId, tokenId: row.id }, 'API token revoked');
    return row;
  },
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const ApiToken: ApiTokenResolvers<TenancyContext> = {
  prefix: (t) => tokenPrefix(t),
  scope: (t) => (t.scope === 'READ_ONLY' ? 'READ_ONLY' : 'READ_WRITE'),
  projects: (t) => (t.allProjects ? null : t.projects),
  createdAt: (t) => t.createdAt.toISOString(),
  expiresAt: (t) => t.expiresAt.toISOString(),
  lastUsedAt: (t) => iso(t.lastUsedAt),
  revokedAt: (t) => iso(t.revokedAt),
  status: (t) => tokenStatus(t),
};

