/**
 * GET /download/logs/logs.ndjson and /download/logs/logs.csv?filter=<LogFilter JSON>&limit=N
 * &sort=NEWEST_FIRST|OLDEST_FIRST — the hits of a log search as a file, streamed: read a page at
 * a time through a point in time (search_after), written as the client takes it, stopped after
 * `limit` rows (default 10,000, at most 100,000) or when the client goes. Authorized like the
 * API: the gateway-signed identity, with the same scope as searchLogs (hidden or missing = 404).
 */
import { once } from 'node:events';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { badInput, config, IDENTITY_HEADER, verifyIdentity } from '@meridian/core';
import type { LoggingSources } from '../context.ts';
import type { LogFilter } from '../generated/resolvers.ts';
import { logQueryOf } from '../log-query.ts';
import { isUnavailable, type LogHit } from '../sources/elasticsearch.ts';

export const LOG_EXPORT_PATH = '/download/logs/:file';
export const DEFAULT_EXPORT_ROWS = 10_000;
export const MAX_EXPORT_ROWS = 100_000;
const STATUS: Record<string, number> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, FORBIDDEN: 403, UNAUTHENTICATED: 401, UPSTREAM_UNAVAILABLE: 502 };
const CSV_COLUMNS = ['time', 'namespace', 'pod', 'container', 'host', 'level', 'message'] as const;

const csvCell = (v: string | null) => (v == null ? '' : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const FORMATS = new Map<string, { type: string; header?: string; row: (h: LogHit) => string }>([
  ['logs.ndjson', { type: 'application/x-ndjson', row: (h) => `${JSON.stringify({ time: h.time, namespace: h.namespace, pod: h.pod, container: h.container, host: h.host, level: h.level, message: h.message })}\n` }],
  ['logs.csv', { type: 'text/csv; charset=utf-8', header: `${CSV_COLUMNS.join(',')}\r\n`, row: (h) => `${CSV_COLUMNS.map((c) => csvCell(h[c])).join(',')}\r\n` }],
]);

function parseFilter(raw: unknown): LogFilter {
  if (raw === undefined) return {};
  try {
    const f = JSON.parse(String(raw)) as unknown;
    if (f && typeof f === 'object' && !Array.isArray(f)) return f as LogFilter;
  } catch {
    /* below */
  }
  throw badInput('filter must be a LogFilter as JSON.', 'filter');
}

function parseLimit(raw: unknown): number {
  if (raw === undefined) return DEFAULT_EXPORT_ROWS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_EXPORT_ROWS) throw badInput(`limit must be between 1 and ${MAX_EXPORT_ROWS}.`, 'limit');
  return n;
}

export function logExportRoute(sources: LoggingSources) {
  return (app: express.Express) => {
    app.get(LOG_EXPORT_PATH, async (req, res) => {
      const identity = await verifyIdentity(req.header(IDENTITY_HEADER), config.internalKey);
      if (!identity || identity.kind !== 'user') {
        res.status(401).json({ errors: [{ message: 'Sign in first: this request carries no valid session.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      try {
        const format = FORMATS.get(String(req.params.file));
        if (!format) throw badInput('Export as logs.ndjson or logs.csv.', 'file');
        const filter = parseFilter(req.query.filter);
        const limit = parseLimit(req.query.limit);
        const order = req.query.sort === 'OLDEST_FIRST' ? 'asc' : 'desc';
        const query = await logQueryOf(identity, sources, filter);
        const rows = query ? sources.logStore.scan(query, order, limit, abort.signal) : undefined;
        // The first page decides the status: Elasticsearch down is a 502, not a cut file.
        const first = rows ? await rows.next() : { done: true as const, value: undefined };
        res.status(200);
        res.setHeader('content-type', format.type);
        res.setHeader('content-disposition', `attachment; filename="${req.params.file}"`);
        res.setHeader('cache-control', 'no-store');
        const write = async (chunk: string) => {
          if (!res.write(chunk)) await once(res, 'drain', { signal: abort.signal });
        };
        if (format.header) await write(format.header);
        if (!first.done) {
          await write(format.row(first.value));
          for await (const hit of rows!) await write(format.row(hit));
        }
        res.end();
      } catch (err) {
        if (abort.signal.aborted) return;
        if (res.headersSent) return void res.destroy();
        const e = err instanceof GraphQLError ? err : isUnavailable(err) ? new GraphQLError('Elasticsearch is unavailable right now.', { extensions: { code: 'UPSTREAM_UNAVAILABLE' } }) : new GraphQLError('The logs could not be exported.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        const code = String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR');
        res.status(STATUS[code] ?? 500).json({ errors: [{ message: e.message, extensions: { code } }] });
      }
    });
  };
}
