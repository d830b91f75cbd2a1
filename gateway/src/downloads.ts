/**
 * File downloads that are not GraphQL answers: a pipeline run's whole log
 * (`GET /download/pipeline-log/<project>/<pipeline>/<run>`) and a log search export
 * (`GET /download/logs/logs.ndjson|logs.csv?filter=…`). The caller's session or API token
 * (authorization: Bearer) is resolved like for /graphql, signed, and the request passed to the
 * subgraph that owns the file, whose answer (status, type, body) streams back unbuffered.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { IDENTITY_HEADER, unauthenticated, type Logger } from '@meridian/core';
import { SessionRejected, requestIdentity, type IdentityResolver } from './identity.ts';

/** URL prefix → the subgraph that serves it. */
const DOWNLOADS: Record<string, string> = { '/download/pipeline-log/': 'devops', '/download/logs/': 'logging' };
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'content-length'];

export function downloadRoutes(opts: { identities: IdentityResolver; internalKey: string; urls: Record<string, string>; log: Logger }) {
  return (app: express.Express) => {
    for (const [prefix, subgraph] of Object.entries(DOWNLOADS)) {
      app.get(`${prefix}*path`, async (req, res) => {
        let auth;
        try {
          auth = requestIdentity(await opts.identities.resolve(req.header('authorization')), opts.internalKey);
        } catch (err) {
          const e = err instanceof SessionRejected ? unauthenticated(err.message) : err instanceof GraphQLError ? err : unauthenticated();
          res.status(err instanceof SessionRejected ? 401 : 503).json({ errors: [e.toJSON()] });
          return;
        }
        const target = new URL(opts.urls[subgraph]);
        const abort = new AbortController();
        res.on('close', () => abort.abort());
        try {
          const upstream = await fetch(`${target.origin}${req.originalUrl}`, { headers: { [IDENTITY_HEADER]: await auth.signed() }, signal: abort.signal });
          res.status(upstream.status);
          for (const h of PASSED_HEADERS) {
            const v = upstream.headers.get(h);
            if (v) res.setHeader(h, v);
          }
          if (!upstream.body) return void res.end();
          await pipeline(Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream), res);
        } catch (err) {
          if (abort.signal.aborted) return;
          opts.log.warn({ err, subgraph }, 'download from a subgraph failed');
          if (res.headersSent) return void res.destroy();
          res.status(502).json({ errors: [{ message: `The ${subgraph} service is unavailable.`, extensions: { code: 'UPSTREAM_UNAVAILABLE' } }] });
        }
      });
    }
  };
}
