/**
 * GET /download/pipeline-log/:project/:pipeline/:run — a run's whole console log as a text
 * file, streamed from Jenkins' progressiveText (start=0) to the client as it arrives: never
 * held whole in memory, cancelled when the client goes. Authorized like the API: the
 * gateway-signed identity (x-meridian-identity) must hold view-pipelines in the project; a
 * hidden or missing project, pipeline or run is the same 404 NOT_FOUND.
 */
import { Readable } from 'node:stream';
import { pipeline as streamPipeline } from 'node:stream/promises';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { config, IDENTITY_HEADER, verifyIdentity } from '@meridian/core';
import type { DevOpsSources } from '../context.ts';
import { checkName, viewableProject } from '../access.ts';
import { fromJenkins } from '../upstream.ts';

const STATUS: Record<string, number> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, FORBIDDEN: 403, UNAUTHENTICATED: 401, UPSTREAM_UNAVAILABLE: 502 };

export const LOG_DOWNLOAD_PATH = '/download/pipeline-log/:project/:pipeline/:run';

export function logDownloadRoute(sources: DevOpsSources) {
  return (app: express.Express) => {
    app.get(LOG_DOWNLOAD_PATH, async (req, res) => {
      const identity = await verifyIdentity(req.header(IDENTITY_HEADER), config.internalKey);
      if (!identity || identity.kind !== 'user') {
        res.status(401).json({ errors: [{ message: 'Sign in first: this request carries no valid session.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      const { project, pipeline } = req.params as Record<string, string>;
      const run = Number(req.params.run);
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      try {
        await viewableProject({ identity, sources }, project);
        checkName(pipeline, 'pipeline');
        if (!Number.isSafeInteger(run) || run < 1) throw new GraphQLError(`"${req.params.run}" is not a run number.`, { extensions: { code: 'BAD_USER_INPUT' } });
        const upstream = await fromJenkins({ what: 'Pipeline run', name: `${project}/${pipeline}#${run}` }, () => sources.jenkins.logResponse(project, pipeline, run, 0, abort.signal));
        res.status(200);
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="${`${project}-${pipeline}-${run}`.replace(/[^A-Za-z0-9._-]/g, '_')}.log"`);
        res.setHeader('cache-control', 'no-store');
        if (!upstream.body) return void res.end();
        await streamPipeline(Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream), res);
      } catch (err) {
        if (res.headersSent) return void res.destroy();
        const e = err instanceof GraphQLError ? err : new GraphQLError('The log could not be read.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        const code = String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR');
        res.status(STATUS[code] ?? 500).json({ errors: [{ message: e.message, extensions: { code } }] });
      }
    });
  };
}
