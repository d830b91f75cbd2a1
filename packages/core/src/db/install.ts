import { randomBytes } from 'node:crypto';
import type { PrismaClient } from './client.ts';

/**
 * This database's install id, made on first use (a concurrent first use keeps one row). One
 * database is one install: several installs may share a Kafka or an Elasticsearch (the lab's, in
 * `npm test` the product and every test's own database), and what they put there carries this id.
 */
export async function installIdOf(prisma: Pick<PrismaClient, 'install'>): Promise<string> {
  await prisma.install.createMany({ data: [{ id: 1, installId: randomBytes(6).toString('hex') }], skipDuplicates: true });
  return (await prisma.install.findUniqueOrThrow({ where: { id: 1 } })).installId;
}

/**
 * This database's install id, read on the first call that succeeds and kept (a failed read, the
 * database not up yet, is tried again at the next call).
 */
export function installOnce(prisma: Pick<PrismaClient, 'install'>): () => Promise<string> {
  let known: Promise<string> | undefined;
  return () =>
    (known ??= installIdOf(prisma).catch((err: unknown) => {
      known = undefined;
      throw err;
    }));
}
