/** Audit records in Elasticsearch (`meridian-audit-*`, written by audit/index.ts). */
import type { Client, estypes } from '@elastic/elasticsearch';
import { AUDIT_INDEX_PREFIX, type AuditDocument } from '../audit/audit-document.ts';
import { dateHistogram } from './date-histogram.ts';

/** Whose records a search may return (access decided them; see audit-access.ts). */
export type AuditScope =
  | 'all'
  | {
      /** Every record naming one of these workspaces, from the workspace's creation on. */
      workspaces: { name: string; since: string }[];
      /** And every record naming one of these projects, from the namespace's creation on. */
      projects: { name: string; since: string }[];
    };

export interface AuditQuery {
  /** This install's id: the index may hold other installs' records (a shared Elasticsearch). */
  install: string;
  scope: AuditScope;
  workspaces?: string[];
  projects?: string[];
  users?: string[];
  operations?: string[];
  results?: string[];
  keyword?: string;
  from?: string;
  to?: string;
}

/** A record as searchAuditEvents answers it (the GraphQL AuditEvent, shared with tenancy). */
export interface AuditHit {
  id: string;
  time: string;
  service: string;
  username: string | null;
  credential: 'SESSION' | 'TOKEN' | 'ANONYMOUS';
  credentialId: string | null;
  operationName: string | null;
  operation: string;
  targetKind: string | null;
  workspace: string | null;
  project: string | null;
  targetName: string | null;
  arguments: string;
  result: string;
  requestId: string;
  clientAddress: string | null;
}

function scopeFilter(scope: AuditScope): estypes.QueryDslQueryContainer | undefined {
  if (scope === 'all') return undefined;
  const since = (field: string, { name, since }: { name: string; since: string }): estypes.QueryDslQueryContainer => ({
    bool: { filter: [{ term: { [field]: name } }, { range: { '@timestamp': { gte: since } } }] },
  });
  const should = [...scope.projects.map((p) => since('target.project', p)), ...scope.workspaces.map((w) => since('target.workspace', w))];
  return { bool: { should, minimum_should_match: 1 } };
}

export function auditFilter(q: AuditQuery): estypes.QueryDslQueryContainer {
  const filter: estypes.QueryDslQueryContainer[] = [{ term: { install: q.install } }];
  const scope = scopeFilter(q.scope);
  if (scope) filter.push(scope);
  const exact: [keyof AuditQuery, string][] = [['workspaces', 'target.workspace'], ['projects', 'target.project'], ['users', 'user.username'], ['operations', 'operation.field'], ['results', 'result']];
  for (const [arg, field] of exact) {
    const values = q[arg] as string[] | undefined;
    if (values?.length) filter.push({ terms: { [field]: values } });
  }
  if (q.from || q.to) filter.push({ range: { '@timestamp': { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } });
  // Every word of the keyword, anywhere in the record (names, operation, result, arguments).
  const must: estypes.QueryDslQueryContainer[] = q.keyword ? [{ match: { text: { query: q.keyword, operator: 'and' } } }] : [];
  return { bool: { filter, must } };
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30s`, `5m`, `1h`, `1d` in milliseconds (the resolver checked the form). */
const intervalMs = (interval: string) => {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(interval);
  return m ? Number(m[1]) * UNIT_MS[m[2]] : 3_600_000;
};

const CREDENTIALS = { session: 'SESSION', token: 'TOKEN' } as const;

export function toAuditHit(d: AuditDocument): AuditHit {
  return {
    id: d.id,
    time: d.occurredAt,
    service: d.subgraph,
    username: d.user?.username ?? null,
    credential: d.credential?.kind === 'session' || d.credential?.kind === 'token' ? CREDENTIALS[d.credential.kind] : 'ANONYMOUS',
    credentialId: d.credential?.id ?? null,
    operationName: d.operation?.name ?? null,
    operation: d.operation?.field ?? '',
    targetKind: d.target?.kind ?? null,
    workspace: d.target?.workspace ?? null,
    project: d.target?.project ?? null,
    targetName: d.target?.name ?? null,
    arguments: JSON.stringify(d.arguments ?? {}),
    result: d.result,
    requestId: d.requestId,
    clientAddress: d.clientAddress ?? null,
  };
}

export class AuditStore {
  constructor(
    private readonly client: Client,
    private readonly index = `${AUDIT_INDEX_PREFIX}*`,
  ) {}

  /** Newest first; ties in time by id, so that pages are stable. */
  async search(q: AuditQuery, page: { from: number; size: number }): Promise<{ total: number; hits: AuditHit[] }> {
    const res = await this.client.search<AuditDocument>({
      index: this.index,
      ignore_unavailable: true,
      allow_no_indices: true,
      query: auditFilter(q),
      // unmapped_type: a new daily index may not have its mapping yet.
      sort: [{ '@timestamp': { order: 'desc', unmapped_type: 'date' } }, { id: { order: 'asc', unmapped_type: 'keyword' } }],
      from: page.from,
      size: page.size,
      track_total_hits: true,
    });
    const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
    return { total, hits: res.hits.hits.flatMap((h) => (h._source ? [toAuditHit(h._source)] : [])) };
  }

  async histogram(q: AuditQuery, interval: string): Promise<{ time: string; count: number }[]> {
    // Empty buckets over the whole range (an open one: the last 60 buckets up to now), so that
    // sparse records show as peaks among zeros rather than as one lone point.
    const max = q.to ?? new Date().toISOString();
    const bounds = { min: q.from ?? new Date(Date.parse(max) - 60 * intervalMs(interval)).toISOString(), max };
    return dateHistogram(this.client, { index: this.index, query: auditFilter(q), field: '@timestamp', interval, bounds });
  }
}
