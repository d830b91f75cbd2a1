-- Custom roles (issue #9): named sets of permission bundles of a workspace or of one of its
-- projects; grants name them in their role column.
-- CreateTable
CREATE TABLE "custom_roles" (
    "id" UUID NOT NULL,
    "workspace_name" TEXT NOT NULL,
    "namespace" TEXT NOT NULL DEFAULT '',
    "namespace_uid" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "bundles" TEXT[] NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "custom_roles_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "custom_roles_namespace_idx" ON "custom_roles"("namespace");

-- CreateIndex
CREATE UNIQUE INDEX "custom_roles_workspace_name_namespace_name_key" ON "custom_roles"("workspace_name", "namespace", "name");

-- AddForeignKey
ALTER TABLE "custom_roles" ADD CONSTRAINT "custom_roles_workspace_name_fkey" FOREIGN KEY ("workspace_name") REFERENCES "workspaces"("name") ON DELETE CASCADE ON UPDATE CASCADE;
