-- Workspace quota and network isolation (issue #9): the quota bounds the sum of the workspace's
-- project ResourceQuotas; the isolation switch outlives the workspace's projects.
-- CreateTable
CREATE TABLE "workspace_settings" (
    "workspace_name" TEXT NOT NULL,
    "quota_hard" JSONB NOT NULL DEFAULT '{}',
    "network_isolated" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspace_settings_pkey" PRIMARY KEY ("workspace_name")
);

-- AddForeignKey
ALTER TABLE "workspace_settings" ADD CONSTRAINT "workspace_settings_workspace_name_fkey" FOREIGN KEY ("workspace_name") REFERENCES "workspaces"("name") ON DELETE CASCADE ON UPDATE CASCADE;
