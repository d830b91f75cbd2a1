import { forbidden, notFound, requireUser } from '@meridian/core';
import type { LoginMethod, LoginMethodKind, MutationResolvers, QueryResolvers, UserSessionResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { groupRoleMappingMutations, groupRoleMappingQueries } from './group-role-mappings.ts';

/** Sign-in methods (login page), single sign-on through an OpenID provider, and My account → sessions. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ending sessions is done from a session: an API token may list them (like myApiTokens), not end them. */
function requireSession(ctx: TenancyContext) {
  const id = requireUser(ctx.identity);
  if (id.authMethod === 'token') throw forbidden('Sessions are managed from a signed-in session, not with an API token.');
  return id;
}

function provider(ctx: TenancyContext, id: string) {
  const oidc = ctx.sources.signIn.oidc;
  if (!oidc || oidc.id !== id) throw notFound('Identity provider', id);
  return oidc;
}

export const signInQueries: Pick<QueryResolvers<TenancyContext>, 'loginMethods' | 'mySessions' | 'groupRoleMappings'> = {
  ...groupRoleMappingQueries,
  loginMethods: (_parent, _args, ctx) => {
    const { ldap, oidc } = ctx.sources.signIn;
    const methods: LoginMethod[] = [{ kind: 'PASSWORD', id: 'password', displayName: 'Password' }];
    if (ldap) methods.push({ kind: 'LDAP', id: 'ldap', displayName: 'LDAP' });
    if (oidc) methods.push({ kind: 'OIDC', id: oidc.id, displayName: oidc.displayName });
    return methods;
  },

  mySessions: (_parent, args, ctx) => ctx.sources.sessions.listActive(requireUser(ctx.identity).userId, { first: args.first, after: args.after }),
};

export const signInMutations: Pick<MutationResolvers<TenancyContext>, 'startOidcLogin' | 'finishOidcLogin' | 'revokeSession' | 'createGroupRoleMapping' | 'deleteGroupRoleMapping'> = {
  ...groupRoleMappingMutations,
  startOidcLogin: async (_parent, args, ctx) => {
    const started = await provider(ctx, args.provider).begin(args.redirectUri);
    return { authorizationUrl: started.authorizationUrl, state: started.state, expiresAt: started.expiresAt.toISOString() };
  },

  finishOidcLogin: async (_parent, args, ctx) => {
    const oidc = ctx.sources.signIn.oidc;
    if (!oidc) throw notFound('Identity provider', 'oidc');
    const person = await oidc.complete(args.callbackUrl);
    const row = await ctx.sources.sessions.loginWithOidc(person, { clientAddress: ctx.clientAddress, userAgent: ctx.userAgent });
    ctx.log.info({ userId: row.user.id, username: row.user.username, groups: person.groups }, 'signed in through OIDC');
    return row;
  },

  revokeSession: async (_parent, args, ctx) => {
    const id = requireSession(ctx);
    const ended = UUID.test(args.id) ? await ctx.sources.sessions.revokeOwn(args.id, id.userId) : null;
    if (ended === null) throw notFound('Session', args.id);
    ctx.log.info({ userId: id.userId, sessionId: args.id, ended }, 'session revoked');
    return ended;
  },
};

const METHOD: Record<string, LoginMethodKind> = { password: 'PASSWORD', ldap: 'LDAP', oidc: 'OIDC' };

export { GroupRoleMapping } from './group-role-mappings.ts';

export const UserSession: UserSessionResolvers<TenancyContext> = {
  createdAt: (s) => s.createdAt.toISOString(),
  lastSeenAt: (s) => s.lastSeenAt.toISOString(),
  expiresAt: (s) => s.expiresAt.toISOString(),
  method: (s) => (Object.hasOwn(METHOD, s.authMethod) ? METHOD[s.authMethod] : 'PASSWORD'),
  current: (s, _args, ctx) => ctx.identity.kind === 'user' && ctx.identity.authMethod !== 'token' && ctx.identity.sessionId === s.id,
};
