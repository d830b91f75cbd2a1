import { Prisma } from '../generated/prisma/client.ts';

/**
 * Runs an upsert, and once more if it lost a race: two callers upserting the same new row at
 * once both try INSERT, and Postgres refuses the second with a unique violation (P2002). The
 * second attempt finds the row and updates it, which is what the caller meant.
 */
export async function upsertRetryingRace<T>(upsert: () => Promise<T>): Promise<T> {
  try {
    return await upsert();
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return upsert();
    throw err;
  }
}
