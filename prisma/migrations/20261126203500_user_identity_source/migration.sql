-- Users signed in through LDAP have no local password: the directory checks it.
-- AlterTable
ALTER TABLE "users" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'local',
ALTER COLUMN "password_hash" DROP NOT NULL;
