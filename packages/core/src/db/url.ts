import { embeddedDatabase } from './embedded.ts';

/**
 * DATABASE_URL when set (the lab's or a production Postgres), else the embedded PGlite.
 * Read at call time, not import time, so a launcher may set it after loading this module.
 */
export async function databaseUrl(): Promise<string> {
  return process.env.DATABASE_URL || (await embeddedDatabase()).url;
}
