import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { badInput, notFound } from '@meridian/core';
import type { ApiToken, Prisma, PrismaClient } from '@meridian/core/db';
import { keysetAfter, keysetOrderBy, keysetWindow, pageOfRows, type Connection } from '@meridian/core/paging/index';

/**
 * Personal API tokens: `mrd_<id>_<secret>`, where <id> names the row (32 hex digits) and
 * <secret> is 256 random bits (64 hex digits: no `_` or `-`, so the parts split plainly). Only SHA-256 of the secret is stored: a secret this
 * random needs no slow hash, and the plaintext exists only in the one answer that created it.
 */

export type ApiTokenScope = 'READ_ONLY' | 'READ_WRITE';
/** A token row as resolvers see it: everything but the secret's hash. */
export type ApiTokenRow = Omit<ApiToken, 'secretHash'>;
export type ApiTokenConnectionRow = Connection<ApiTokenRow>;
export interface CreatedApiTokenRow {
  token: string;
  apiToken: ApiTokenRow;
}

export interface NewApiToken {
  name: string;
  scope: ApiTokenScope;
  /** null = all of the user's projects. */
  projects: string[] | null;
  expiresAt: Date;
}

export const TOKEN_PREFIX = 'mrd_';
const TOKEN_FORMAT = /^mrd_([0-9a-f]{32})_([0-9a-f]{64})$/;
/** lastUsedAt is written at most this often per token, not on every request. */
const TOUCH_EVERY_MS = 60_000;
/** Live (unrevoked, unexpired) tokens one user may hold. */
export const MAX_LIVE_TOKENS = 50;

const ROW_FIELDS = {
  id: true,
  userId: true,
  name: true,
  scope: true,
  allProjects: true,
  projects: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

const sha256 = (secret: string) => createHash('sha256').update(secret).digest();
const hexId = (uuid: string) => uuid.replace(/-/g, '');
const uuidOf = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** Whether a bearer credential is shaped like an API token (else it may be a session token). */
export const looksLikeApiToken = (token: string) => token.startsWith(TOKEN_PREFIX);

/** The public start of a token: enough to recognize it in a list, useless to sign in. */
export const tokenPrefix = (row: { id: string }) => `${TOKEN_PREFIX}${hexId(row.id).slice(0, 8)}`;

export function tokenStatus(row: ApiTokenRow, now = Date.now()): 'ACTIVE' | 'EXPIRED' | 'REVOKED' {
  if (row.revokedAt) return 'REVOKED';
  return row.expiresAt.getTime() <= now ? 'EXPIRED' : 'ACTIVE';
}

export function createApiTokenSource(prisma: PrismaClient) {
  return {
    /** Stores a new token and returns its plaintext, which is never stored or shown again. */
    async create(userId: string, input: NewApiToken): Promise<CreatedApiTokenRow> {
      const live = await prisma.apiToken.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } });
      if (live >= MAX_LIVE_TOKENS) throw badInput(`You have ${live} live API tokens, the most allowed; revoke one first.`);
      const id = randomUUID();
      const secret = randomBytes(32).toString('hex');
      const apiToken = await prisma.apiToken.create({
        data: {
          id,
          userId,
          name: input.name,
          scope: input.scope,
          allProjects: input.projects === null,
          projects: input.projects ?? [],
          secretHash: sha256(secret).toString('hex'),
          expiresAt: input.expiresAt,
        },
        select: ROW_FIELDS,
      });
      return { token: `${TOKEN_PREFIX}${hexId(id)}_${secret}`, apiToken };
    },

    /**
     * The token's row if the plaintext is one of ours and it is live: the secret matches
     * (compared in constant time), not revoked, not expired, and its user is not disabled (a
     * deleted user's tokens are deleted with them). Records the use at most once a minute.
     */
    async validate(token: string): Promise<ApiTokenRow | null> {
      const match = TOKEN_FORMAT.exec(token);
      if (!match) return null;
      const row = await prisma.apiToken.findUnique({
        where: { id: uuidOf(match[1]) },
        select: { ...ROW_FIELDS, secretHash: true, user: { select: { disabledAt: true } } },
      });
      if (!row) return null;
      const expected = Buffer.from(row.secretHash, 'hex');
      const given = sha256(match[2]);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      const now = Date.now();
      if (row.revokedAt || row.expiresAt.getTime() <= now || row.user.disabledAt) return null;
      if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
        // Conditional, so that concurrent first uses write once.
        const stale = new Date(now - TOUCH_EVERY_MS);
        await prisma.apiToken.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] }, data: { lastUsedAt: new Date(now) } });
      }
      const { secretHash: _hash, user: _user, ...publicRow } = row;
      return publicRow;
    },

    /** One page of a user's tokens, newest first (keyset on creation time, then id). */
    async list(userId: string, q: { first?: number | null; after?: string | null }): Promise<ApiTokenConnectionRow> {
      const w = keysetWindow({ list: 'apiTokens', order: { field: 'CREATED_AT', direction: 'DESC' }, ...q });
      const columns = { sort: 'createdAt', tie: 'id', value: (v: string | number) => new Date(v) };
      const rows = await prisma.apiToken.findMany({
        where: { AND: [{ userId }, keysetAfter<Prisma.ApiTokenWhereInput>(w, columns)] },
        orderBy: keysetOrderBy<Prisma.ApiTokenOrderByWithRelationInput>(w, columns),
        take: w.take,
        select: ROW_FIELDS,
      });
      return pageOfRows(rows, w, (t) => [t.createdAt.toISOString(), t.id], () => prisma.apiToken.count({ where: { userId } }));
    },

    /** Revokes one of the user's tokens (idempotent); NOT_FOUND for any other id. */
    async revoke(userId: string, id: string): Promise<ApiTokenRow> {
      const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      if (!UUID.test(id)) throw notFound('API token', id);
      await prisma.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
      const row = await prisma.apiToken.findFirst({ where: { id, userId }, select: ROW_FIELDS });
      if (!row) throw notFound('API token', id);
      return row;
    },
  };
}
export type ApiTokenSource = ReturnType<typeof createApiTokenSource>;
