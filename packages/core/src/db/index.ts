export { createPrisma, poolTimeouts, isDatabaseUnavailable, asUpstream, type PrismaClient, type PoolTimeouts } from './client.ts';
export { migrate, readMigrations, checksumOf, MigrationError, MIGRATIONS_DIR, type MigrateResult } from './migrate.ts';
export { embeddedDatabase, EMBEDDED_PORT, EMBEDDED_DATA_DIR, EMBEDDED_PASSWORD_FILE, type EmbeddedDatabase } from './embedded.ts';
export { databaseUrl } from './url.ts';
export { hashPassword, verifyPassword, DUMMY_HASH } from './passwords.ts';
export { Prisma, AppVersionState } from '../generated/prisma/client.ts';
export type { User, Session, ApiToken, Workspace, WorkspaceMember, ProjectMember, AppTemplate, AppVersion, CustomRole } from '../generated/prisma/client.ts';
export { upsertRetryingRace } from './upsert.ts';
export { migratedStart } from './migrated-start.ts';
