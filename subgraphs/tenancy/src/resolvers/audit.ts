import { badInput, forbidden, requireUser } from '@meridian/core';
import { auditReadableProjects, auditReadableWorkspaces as readableWorkspaces } from '@meridian/core/audit/index';
import type { AuditEventResolvers, QueryResolvers, UserResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { loadVisibleWorkspace } from './visibility.ts';

function time(value: string | null | undefined, field: 'from' | 'to'): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) throw badInput(`"${field}" must be an ISO 8601 time, e.g. 2026-12-01T14:00:00Z.`, field);
  return t;
}

const text = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? undefined : v);

export const auditQueries: Pick<QueryResolvers<TenancyContext>, 'auditEvents'> = {
  auditEvents: async (_parent, args, ctx) => {
    const id = requireUser(ctx.identity);
    const workspaces = readableWorkspaces(id);
    const f = args.filter ?? {};
    const workspace = text(f.workspace);
    if (workspaces !== 'all') {
      // A workspace asked for: hidden or missing is NOT_FOUND, seen but not administered FORBIDDEN.
      if (workspace !== undefined && !workspaces.includes(workspace)) {
        await loadVisibleWorkspace(workspace, ctx);
        throw forbidden(`Only the admins of workspace "${workspace}" may read its audit log.`);
      }
      if (!workspaces.length) throw forbidden('Only platform admins and workspace admins may read the audit log.');
    }
    return ctx.sources.auditEvents.list({
      workspaces,
      workspace,
      project: text(f.project),
      username: text(f.user),
      field: text(f.operation),
      result: text(f.result),
      from: time(f.from, 'from'),
      to: time(f.to, 'to'),
      first: args.first,
      after: args.after,
    });
  },
};

export const AuditEvent: AuditEventResolvers<TenancyContext> = {
  time: (e) => e.occurredAt.toISOString(),
  service: (e) => e.subgraph,
  credential: (e) => (e.credentialKind === 'token' ? 'TOKEN' : e.credentialKind === 'session' ? 'SESSION' : 'ANONYMOUS'),
  operation: (e) => e.field,
  arguments: (e) => JSON.stringify(e.arguments),
};

/**
 * `User.canReadAuditLog`: the rule auditEvents enforces; `canSearchAuditLog`: searchAuditEvents'
 * (project admins too), for the console's navigation.
 */
export const auditUserFields: Pick<UserResolvers<TenancyContext>, 'canReadAuditLog' | 'canSearchAuditLog'> = {
  canReadAuditLog: (u, _args, ctx) => {
    if (ctx.identity.kind === 'user' && ctx.identity.userId === u.id) {
      const readable = readableWorkspaces(ctx.identity);
      return readable === 'all' || readable.length > 0;
    }
    return u.platformRole === 'platform-admin';
  },
  canSearchAuditLog: (u, _args, ctx) => {
    if (ctx.identity.kind === 'user' && ctx.identity.userId === u.id) {
      const readable = readableWorkspaces(ctx.identity);
      return readable === 'all' || readable.length > 0 || auditReadableProjects(ctx.identity).length > 0;
    }
    return u.platformRole === 'platform-admin';
  },
};
