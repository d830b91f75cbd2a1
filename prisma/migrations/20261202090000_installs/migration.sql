-- One row: this database's install id. Several installs (each with its own database) may share a
-- Kafka, an Elasticsearch or a Prometheus; what they put there carries this id so each keeps to
-- its own (audit records first). An install that already made an alerting id keeps it.
-- CreateTable
CREATE TABLE "installs" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "install_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "installs_pkey" PRIMARY KEY ("id")
);

INSERT INTO "installs" ("id", "install_id") SELECT 1, "install_id" FROM "alerting_installs" WHERE "id" = 1 ON CONFLICT DO NOTHING;
