import type express from 'express';
import type { GraphQLSchema } from 'graphql';
import { checkOperation, type QueryLimits } from './query-limits.ts';

/** Largest request body (HTTP) and WebSocket message the gateway reads, in bytes. */
export const MAX_MESSAGE_BYTES = Number(process.env.MERIDIAN_LIMIT_BODY_BYTES ?? 1024 * 1024);

const variablesOf = (raw: unknown): Record<string, unknown> | undefined => {
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return undefined; // Apollo Server answers the malformed variables itself
    }
  }
  return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
};

/**
 * Refuses an over-limit operation before identity lookup, planning or any subgraph call, with
 * HTTP 400 and the typed error. Requests without a query (batches, empty bodies) pass on to
 * Apollo Server, which refuses them itself.
 */
export function queryLimitsMiddleware(schema: GraphQLSchema, limits: QueryLimits): express.RequestHandler {
  return (req, res, next) => {
    const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    if (!source || Array.isArray(source) || typeof source.query !== 'string') return next();
    const opName = typeof source.operationName === 'string' ? source.operationName : undefined;
    const checked = checkOperation(schema, limits, source.query, opName, variablesOf(source.variables));
    if ('errors' in checked) {
      res.status(400).json({ errors: checked.errors.map((e) => e.toJSON()) });
      return;
    }
    next();
  };
}
