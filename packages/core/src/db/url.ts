import { config } from '../config.ts';
import { embeddedDatabase } from './embedded.ts';

/** DATABASE_URL when set (the lab's or a production Postgres), else the embedded PGlite. */
export async function databaseUrl(): Promise<string> {
  return config.databaseUrl ?? (await embeddedDatabase()).url;
}
