import type express from 'express';
import { config, IDENTITY_HEADER, verifyIdentity, type Logger } from '@meridian/core';
import type { Sources } from './context.ts';

/**
 * GET /internal/identity — how the gateway learns who a session token belongs to. Only the
 * gateway may ask (its signed identity header, anonymous is fine); the answer is the Identity
 * the gateway then signs for every subgraph, or 401 when the session is not (or no longer) live.
 */
export function identityRoute(sources: Sources, log: Logger) {
  return (app: express.Express) => {
    app.get('/internal/identity', async (req, res) => {
      res.set('cache-control', 'no-store');
      const caller = await verifyIdentity(req.header(IDENTITY_HEADER), config.internalKey);
      if (!caller) {
        res.status(401).json({ error: 'Only the Meridian gateway may ask this.', code: 'UNAUTHENTICATED' });
        return;
      }
      const token = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
      try {
        const session = token ? await sources.sessions.validate(token) : null;
        const identity = session ? await sources.users.identityOf(session.userId, session.sessionId) : null;
        if (!identity) {
          res.status(401).json({ error: 'The session token is missing, invalid, expired or revoked.', code: 'UNAUTHENTICATED' });
          return;
        }
        res.json(identity);
      } catch (err) {
        log.error({ err }, 'identity lookup failed');
        res.status(503).json({ error: 'The session store is unavailable.', code: 'UPSTREAM_UNAVAILABLE' });
      }
    });
  };
}
