import { SignJWT, jwtVerify } from 'jose';
import { keysetAfter, keysetOrderBy, keysetWindow, pageOfRows, type Connection } from '@meridian/core/paging/index';
import { badInput, config, rateLimited, unauthenticated, type Logger } from '@meridian/core';
import { DUMMY_HASH, Prisma, hashPassword, verifyPassword, type PrismaClient, type Session } from '@meridian/core/db';
import type { GroupRoleSync } from './group-roles.ts';
import type { LdapDirectory, LdapPerson } from './ldap.ts';
import type { OidcPerson } from './oidc.ts';
import { upsertOidcUser } from './oidc-users.ts';
import { normalizeUsername } from '../validation.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { auditWrites } from '@meridian/core/audit/index';
import { PUBLIC_USER_FIELDS, type UserRow } from './users.ts';

/**
 * Sign-in and sessions. A session token is a JWT (HS256, config.sessionKey) that names a
 * session row; the row is what makes it valid, so logout and expiry work although the token
 * itself cannot be taken back.
 */

const ISSUER = 'meridian-tenancy';
const AUDIENCE = 'meridian-session';
export const SESSION_TTL_MS = Number(process.env.MERIDIAN_SESSION_TTL_HOURS ?? 12) * 3600_000;
export const SESSION_IDLE_MS = Number(process.env.MERIDIAN_SESSION_IDLE_MINUTES ?? 120) * 60_000;
/** lastSeenAt is written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;
const MAX_USERNAME = 128;
const MAX_PASSWORD = 1024;

/** One message for every failed sign-in, so that it never tells which usernames exist. */
export const LOGIN_FAILED = 'Sign-in failed: the username or password is wrong.';

export interface LoginRow {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

export type SessionRow = Session;
export type SessionConnectionRow = Connection<SessionRow>;

export interface ValidSession {
  sessionId: string;
  userId: string;
}

const keyBytes = () => new TextEncoder().encode(config.sessionKey);

/** Where a session comes from, kept on its row (My account → sessions). */
export interface SessionOrigin {
  userAgent?: string;
  clientAddress?: string;
}

export function createSessionSource(prisma: PrismaClient, opts: { ldap?: LdapDirectory; groupRoles?: GroupRoleSync; log?: Logger } = {}) {
  const { ldap, groupRoles } = opts;
  const throttle = createLoginThrottle(prisma);

  /**
   * The local user for an LDAP person, created on first sign-in and refreshed on each one
   * (email, name, and platform-admin exactly while they are in the directory's admin group).
   * A local account of the same name is never taken over: its password stays the only way in.
   */
  async function upsertLdapUser(person: LdapPerson): Promise<{ id: string; disabledAt: Date | null } | null> {
    // The directory's uid, normalized like everything typed at sign-in (one account per person).
    person = { ...person, username: normalizeUsername(person.username) };
    const existing = await prisma.user.findUnique({ where: { username: person.username } });
    if (existing && existing.source !== 'ldap') return null;
    const isAdmin = person.groups.includes(ldap!.adminGroup);
    const platformRole = isAdmin ? 'platform-admin' : existing && existing.platformRole !== 'platform-admin' ? existing.platformRole : 'platform-regular';
    const data = { email: person.email, displayName: person.displayName, platformRole };
    try {
      return await prisma.user.upsert({
        where: { username: person.username },
        create: { ...data, username: person.username, source: 'ldap', passwordHash: null },
        update: data,
        select: { id: true, disabledAt: true },
      });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
        opts.log?.warn({ username: person.username, email: person.email }, 'LDAP person not signed in: their email belongs to another user');
        return null;
      }
      throw err;
    }
  }

  async function record(username: string, userId: string | null, success: boolean, reason: string | null, remoteAddress?: string) {
    await prisma.loginAttempt.create({ data: { username, userId, success, reason, remoteAddress: remoteAddress ?? null } });
  }

  /** Takes a place for one password check, or refuses with when to come back (RATE_LIMITED). */
  async function reserveCheck(username: string, address: string | undefined): Promise<void> {
    const r = await throttle.reserve(username, address);
    if (!r.ok) {
      opts.log?.warn({ username, address, key: r.key, retryAfter: r.retryAfter }, 'sign-in throttled');
      throw rateLimited(r.retryAfter);
    }
  }

  async function sign(sessionId: string, userId: string, expiresAt: Date): Promise<string> {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(keyBytes());
  }

  /** The session id and user a token names, if the signature and expiry check out (not the row). */
  async function decode(token: string): Promise<ValidSession | null> {
    try {
      const { payload } = await jwtVerify(token, keyBytes(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sid !== 'string' || typeof payload.sub !== 'string') return null;
      return { sessionId: payload.sid, userId: payload.sub };
    } catch {
      return null;
    }
  }

  /** A new session for a user who has just proved who they are (any sign-in method). */
  async function openSession(userId: string, username: string, authMethod: 'password' | 'ldap' | 'oidc', origin: SessionOrigin): Promise<LoginRow> {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    const [session] = await prisma.$transaction([
      prisma.session.create({
        data: { userId, expiresAt, authMethod, userAgent: origin.userAgent?.slice(0, 512) ?? null, clientAddress: origin.clientAddress ?? null },
      }),
      prisma.user.update({ where: { id: userId }, data: { lastLoginAt: now } }),
      prisma.loginAttempt.create({ data: { username, userId, success: true, remoteAddress: origin.clientAddress ?? null } }),
    ]);
    const publicUser = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: PUBLIC_USER_FIELDS });
    return { token: await sign(session.id, userId, expiresAt), expiresAt, user: publicUser };
  }

  return {
    async login(typed: string, password: string, opts: SessionOrigin = {}): Promise<LoginRow> {
      // No real username or password is this long; refusing early keeps scrypt and the
      // attempt log from being fed megabytes.
      if (typed.length > MAX_USERNAME || password.length > MAX_PASSWORD) throw unauthenticated(LOGIN_FAILED);
      // `Alice`, ` alice` and `alice` are one account with one budget, here and in LDAP.
      const username = normalizeUsername(typed);
      const address = opts.clientAddress;
      // Reserved before the slow check (the directory is not asked either while throttled).
      await reserveCheck(username, address);
      const user = await prisma.user.findUnique({ where: { username } });
      const useLdap = !!ldap && (!user || user.source === 'ldap');
      let signedIn: { id: string; disabledAt: Date | null } | null = null;
      let ldapGroups: string[] = [];
      if (useLdap) {
        const person = await ldap.authenticate(username, password);
        signedIn = person ? await upsertLdapUser(person) : null;
        ldapGroups = person?.groups ?? [];
      } else {
        // Verify against a dummy hash for unknown users too, so both cases take the same time.
        const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
        signedIn = user && passwordOk ? user : null;
      }
      if (!signedIn) {
        await record(username, user?.id ?? null, false, useLdap ? 'ldap-rejected' : user ? 'bad-password' : 'unknown-user', address);
        await throttle.failed(address);
        throw unauthenticated(LOGIN_FAILED);
      }
      if (signedIn.disabledAt) {
        // The same answer as a wrong password: a disabled account is not told apart.
        await record(username, signedIn.id, false, 'disabled', address);
        throw unauthenticated(LOGIN_FAILED);
      }
      // The directory's groups give the mapped roles, again at every sign-in (left a group: role gone).
      if (useLdap && groupRoles) await groupRoles.apply(signedIn.id, 'ldap', ldapGroups);
      const row = await openSession(signedIn.id, username, useLdap ? 'ldap' : 'password', opts);
      await throttle.succeeded(username, address);
      return row;
    },

    /** A session for a person the OpenID provider vouched for (oidc.complete), with their groups' roles. */
    async loginWithOidc(person: OidcPerson, origin: SessionOrigin): Promise<LoginRow> {
      const user = await upsertOidcUser(prisma, person, opts.log);
      // A disabled account, or a name held by another account: the same answer as a failed sign-in.
      if (!user || user.disabledAt) {
        await record(normalizeUsername(person.username), user?.id ?? null, false, user ? 'disabled' : 'oidc-name-taken', origin.clientAddress);
        throw unauthenticated(LOGIN_FAILED);
      }
      if (groupRoles) await groupRoles.apply(user.id, 'oidc', person.groups);
      return openSession(user.id, user.username, 'oidc', origin);
    },

    /** The session behind a token if it is live: not revoked, not expired, not idle too long. */
    async validate(token: string): Promise<ValidSession | null> {
      const claims = await decode(token);
      if (!claims) return null;
      const session = await prisma.session.findUnique({ where: { id: claims.sessionId } });
      const now = Date.now();
      if (!session || session.userId !== claims.userId || session.revokedAt) return null;
      if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now) return null;
      if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
      }
      return claims;
    },

    decode,

    /**
     * Changes a local user's password. The current one is checked as sign-in checks it: a wrong
     * one is a failed attempt, and the same lockout applies, so a borrowed session cannot be
     * used to guess the password. Then every other live session of the user ends (a token that
     * leaked is out); `keepSessionId`, the one asking, stays. Returns how many sessions ended.
     */
    async changePassword(userId: string, keepSessionId: string | undefined, oldPassword: string, newPassword: string, clientAddress?: string): Promise<number> {
      const user = await prisma.user.findUnique({ where: { id: userId } });
      if (!user) throw unauthenticated();
      if (user.source !== 'local' || !user.passwordHash) {
        throw badInput('Your password is kept in the company directory (LDAP); change it there.', 'oldPassword');
      }
      await reserveCheck(user.username, clientAddress);
      const oldOk = oldPassword.length <= MAX_PASSWORD && (await verifyPassword(oldPassword, user.passwordHash));
      if (!oldOk) {
        await record(user.username, user.id, false, 'change-password-rejected', clientAddress);
        await throttle.failed(clientAddress);
        throw badInput('The current password is wrong.', 'oldPassword');
      }
      await throttle.succeeded(user.username, clientAddress);
      const passwordHash = await hashPassword(newPassword);
      const [, ended] = await prisma.$transaction([
        prisma.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } }),
        prisma.session.updateMany({
          where: { userId: user.id, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
          data: { revokedAt: new Date() },
        }),
        ...auditWrites(prisma),
      ]);
      return ended.count;
    },

    /** One page of the user's live sessions, newest first (keyset on creation time, then id). */
    async listActive(userId: string, q: { first?: number | null; after?: string | null }): Promise<SessionConnectionRow> {
      const now = Date.now();
      const live: Prisma.SessionWhereInput = { userId, revokedAt: null, expiresAt: { gt: new Date(now) }, lastSeenAt: { gt: new Date(now - SESSION_IDLE_MS) } };
      const w = keysetWindow({ list: 'sessions', order: { field: 'CREATED_AT', direction: 'DESC' }, ...q });
      const columns = { sort: 'createdAt', tie: 'id', value: (v: string | number) => new Date(v) };
      const rows = await prisma.session.findMany({
        where: { AND: [live, keysetAfter<Prisma.SessionWhereInput>(w, columns)] },
        orderBy: keysetOrderBy<Prisma.SessionOrderByWithRelationInput>(w, columns),
        take: w.take,
      });
      return pageOfRows(rows, w, (r) => [r.createdAt.toISOString(), r.id], () => prisma.session.count({ where: live }));
    },

    /** Ends one of the user's sessions: true if it was live, false if ended already, null if not theirs. */
    async revokeOwn(sessionId: string, userId: string): Promise<boolean | null> {
      const row = await prisma.session.findFirst({ where: { id: sessionId, userId }, select: { id: true } });
      return row ? this.revoke(sessionId, userId) : null;
    },

    /** Revokes one session; true if it was live. Only the session's own user may end it. */
    async revoke(sessionId: string, userId: string): Promise<boolean> {
      const { count } = await prisma.session.updateMany({
        where: { id: sessionId, userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return count > 0;
    },
  };
}
export type SessionSource = ReturnType<typeof createSessionSource>;
