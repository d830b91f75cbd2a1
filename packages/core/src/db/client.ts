import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient };

/** A Prisma client over node-postgres (the driver adapter: no query-engine binary needed). */
export function createPrisma(url: string, opts: { maxConnections?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: opts.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
