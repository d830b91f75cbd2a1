import type express from 'express';
import { config, IDENTITY_HEADER, verifyIdentity, type Identity, type Logger } from '@meridian/core';
import type { Sources } from './context.ts';
import { looksLikeApiToken } from './sources/api-tokens.ts';
import { tokenIdentity } from './token-identity.ts';

/**
 * GET /internal/identity — how the gateway learns who a bearer token belongs to. Only the
 * gateway may ask (its signed identity header, anonymous is fine); the answer is the Identity
 * the gateway then signs for every subgraph, or 401 when the token is not (or no longer) live.
 * Two kinds of token: a session token (a JWT from `login`; authMethod 'session') and a
 * personal API token (`mrd_…`; authMethod 'token', with tokenId, narrowed to its scope).
 */
export function identityRoute(sources: Sources, log: Logger) {
  async function sessionIdentity(token: string): Promise<Identity | null> {
    const session = await sources.sessions.validate(token);
    const identity = session ? await sources.users.identityOf(session.userId, session.sessionId) : null;
    return identity && { ...identity, authMethod: 'session' };
  }

  async function apiTokenIdentity(token: string): Promise<Identity | null> {
    const row = await sources.apiTokens.validate(token);
    const user = row ? await sources.users.identityOf(row.userId) : null;
    return row && user ? tokenIdentity(user, row, sources.namespaces, log) : null;
  }

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
        const identity = token ? await (looksLikeApiToken(token) ? apiTokenIdentity(token) : sessionIdentity(token)) : null;
        if (!identity) {
          res.status(401).json({ error: 'The session or API token is missing, invalid, expired or revoked.', code: 'UNAUTHENTICATED' });
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
