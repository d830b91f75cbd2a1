import type express from 'express';
import { LruCache } from './lru.ts';

/** Longest operation (text + name + variables) whose passing verdict is remembered. */
const MAX_KEY_CHARS = 16 * 1024;

/**
 * Remembers which operations passed the query limits, so the same operation text with the same
 * name and variables is not parsed, walked and costed again on every request (the console and
 * API clients send a few operations over and over). The check stays in front of everything:
 * an operation is let through without running it only if that exact input passed it before;
 * refusals are never remembered, so a refused operation is checked (and refused) every time.
 * Valid only while the check depends on nothing but the operation, as queryLimitsMiddleware's
 * does (schema and limits are fixed at start).
 */
export function rememberPassingVerdicts(check: express.RequestHandler, capacity = 1_000): express.RequestHandler {
  const passed = new LruCache<string, true>(capacity);
  return (req, res, next) => {
    const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    const key = source && !Array.isArray(source) ? verdictKey(source) : null;
    if (key !== null && passed.get(key)) return next();
    check(req, res, (err?: unknown) => {
      if (err === undefined && key !== null) passed.set(key, true);
      next(err as Parameters<express.NextFunction>[0]);
    });
  };
}

function verdictKey(source: Record<string, unknown>): string | null {
  if (typeof source.query !== 'string') return null;
  const name = typeof source.operationName === 'string' ? source.operationName : '';
  const variables = typeof source.variables === 'string' ? source.variables : JSON.stringify(source.variables ?? null);
  const key = `${name}\u0000${variables}\u0000${source.query}`;
  return key.length <= MAX_KEY_CHARS ? key : null;
}
