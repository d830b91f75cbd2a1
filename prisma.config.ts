import { defineConfig } from 'prisma/config';

/**
 * Prisma CLI configuration (Prisma 7 reads the datasource URL here, not from the schema).
 * Only `prisma generate|validate|format` are used: migrations are applied by our own migrator
 * (packages/core/src/db/migrate.ts), which needs no schema-engine binary.
 */
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgres://meridian:meridian@127.0.0.1:55433/postgres' },
});
