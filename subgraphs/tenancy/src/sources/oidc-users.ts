import { Prisma, type PrismaClient } from '@meridian/core/db';
import type { Logger } from '@meridian/core';
import { normalizeUsername } from '../validation.ts';
import type { OidcPerson } from './oidc.ts';

/**
 * The local user for a person of the OpenID provider (source "oidc", keyed by issuer + subject),
 * created at their first sign-in and refreshed (email, name) at each one. A username already held
 * by a local, directory or other provider's account is never taken over: null, and no session.
 */
export async function upsertOidcUser(prisma: PrismaClient, person: OidcPerson, log?: Logger): Promise<{ id: string; username: string; disabledAt: Date | null } | null> {
  const select = { id: true, username: true, disabledAt: true } as const;
  const known = await prisma.user.findUnique({ where: { externalId: person.externalId }, select });
  const username = normalizeUsername(person.username);
  const email = person.email ?? `${username}@oidc.invalid`;
  try {
    if (known) return await prisma.user.update({ where: { id: known.id }, data: { email, displayName: person.displayName }, select });
    const holder = await prisma.user.findUnique({ where: { username }, select: { ...select, externalId: true } });
    // The same person, created by a sign-in running at the same time.
    if (holder?.externalId === person.externalId) return { id: holder.id, username: holder.username, disabledAt: holder.disabledAt };
    if (holder) {
      log?.warn({ username, externalId: person.externalId }, 'OIDC person not signed in: their username belongs to another account');
      return null;
    }
    return await prisma.user.create({
      data: { username, email, displayName: person.displayName, source: 'oidc', externalId: person.externalId, passwordHash: null },
      select,
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      // Two first sign-ins of one person at once: the other one created the user.
      const created = await prisma.user.findUnique({ where: { externalId: person.externalId }, select });
      if (created) return created;
      log?.warn({ username, email }, 'OIDC person not signed in: their username or email belongs to another user');
      return null;
    }
    throw err;
  }
}
