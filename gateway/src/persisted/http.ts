import type express from 'express';
import type { PersistedOperations } from './manifest.ts';
import { looksLikeBrowser, resolveOperation, type OperationRequest } from './resolve.ts';

/**
 * Puts a persisted operation's text in place of its id before the query limits see the request
 * (so they check what will run, with its variables), and refuses text this caller may not send.
 * Not Apollo's automatic persisted queries (off): the manifest is fixed at build time and a
 * client can never register anything. Persisted ids come by POST; a GET is checked the same way
 * but runs only text.
 */
export function persistedOperationsMiddleware(ops: PersistedOperations): express.RequestHandler {
  return (req, res, next) => {
    const source = (req.method === 'GET' ? req.query : req.body) as (OperationRequest & Record<string, unknown>) | undefined;
    if (!source || typeof source !== 'object' || Array.isArray(source)) return next();
    const resolved = resolveOperation(ops, source, looksLikeBrowser(req.headers));
    if ('error' in resolved) {
      res.status(400).json({ errors: [resolved.error.toJSON()] });
      return;
    }
    if (resolved.query === undefined || resolved.query === source.query) return next();
    if (req.method === 'GET') {
      res.status(400).json({ errors: [{ message: 'Send persisted operations with POST.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    // Apollo Server would answer PERSISTED_QUERY_NOT_SUPPORTED to the id: it gets plain text.
    const { persistedQuery: _id, ...extensions } = (source.extensions ?? {}) as Record<string, unknown>;
    const { documentId: _documentId, ...body } = source;
    req.body = { ...body, query: resolved.query, extensions };
    next();
  };
}
