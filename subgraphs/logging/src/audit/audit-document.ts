/**
 * An audit record (made by every subgraph's `startSubgraph`, relayed from the Postgres outbox to
 * Kafka's meridian.audit, key = its workspace) as a document of Elasticsearch's daily indices
 * `meridian-audit-YYYY.MM.DD` (the day it happened), under the record's id: a record delivered
 * twice is written to the same document. Secrets were removed when the record was made.
 */
import type { AuditRecord } from '@meridian/core/audit/index';
import { dailyIndex } from '../pipeline/log-record.ts';

export const AUDIT_INDEX_PREFIX = 'meridian-audit-';

/** The record as stored, plus its time as `@timestamp` and its arguments as searchable text. */
export type AuditDocument = AuditRecord & { '@timestamp': string; argumentsText: string };

export function auditDocument(r: AuditRecord): AuditDocument {
  return { ...r, '@timestamp': r.occurredAt, argumentsText: JSON.stringify(r.arguments ?? {}) };
}

export const auditIndex = (r: AuditRecord, prefix = AUDIT_INDEX_PREFIX) => dailyIndex(r.occurredAt, prefix);

const keyword = { type: 'keyword', copy_to: 'text' } as const;

/**
 * Exact fields as keywords, each also copied into `text` (what a keyword search matches, with the
 * arguments' JSON). `arguments` is kept in the source only: its shape differs per mutation, and
 * mapping it dynamically would clash between records. Unknown fields are not indexed.
 */
export const AUDIT_MAPPINGS = {
  dynamic: false,
  properties: {
    '@timestamp': { type: 'date' },
    occurredAt: { type: 'date' },
    id: { type: 'keyword' },
    subgraph: keyword,
    user: { properties: { id: { type: 'keyword' }, username: keyword } },
    credential: { properties: { kind: { type: 'keyword' }, id: { type: 'keyword' } } },
    operation: { properties: { name: keyword, field: keyword } },
    target: { properties: { kind: keyword, workspace: keyword, project: keyword, name: keyword } },
    arguments: { type: 'object', enabled: false },
    argumentsText: { type: 'text', copy_to: 'text' },
    result: keyword,
    requestId: { type: 'keyword' },
    clientAddress: { type: 'keyword' },
    /** The install the record belongs to: searches read their own install's only. */
    install: { type: 'keyword' },
    text: { type: 'text' },
  },
} as const;
