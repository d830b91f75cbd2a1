-- Group → role mappings platform admins edit in the API and console (issue #9), applied after
-- those of the MERIDIAN_GROUP_ROLE_MAPPINGS file. kind: platform | workspace | project;
-- target: '' | workspace name | namespace; source: ldap | oidc | NULL (both).
CREATE TABLE "group_role_mappings" (
    "id" UUID NOT NULL,
    "source" TEXT,
    "group_name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_role_mappings_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "group_role_mappings_created_at_idx" ON "group_role_mappings"("created_at");
