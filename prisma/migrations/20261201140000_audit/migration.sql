-- Audit (issue #9): the outbox every subgraph's mutations write to, and the store the Kafka
-- consumer fills.
-- CreateTable
CREATE TABLE "audit_outbox" (
    "seq" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "audit_outbox_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "subgraph" TEXT NOT NULL,
    "user_id" TEXT,
    "username" TEXT,
    "credential_kind" TEXT NOT NULL,
    "credential_id" TEXT,
    "operation_name" TEXT,
    "field" TEXT NOT NULL,
    "target_kind" TEXT,
    "workspace" TEXT,
    "project" TEXT,
    "target_name" TEXT,
    "arguments" JSONB NOT NULL,
    "result" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "client_address" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_outbox_event_id_key" ON "audit_outbox"("event_id");

-- CreateIndex
CREATE INDEX "audit_outbox_sent_at_seq_idx" ON "audit_outbox"("sent_at", "seq");

-- CreateIndex
CREATE INDEX "audit_events_occurred_at_id_idx" ON "audit_events"("occurred_at", "id");

-- CreateIndex
CREATE INDEX "audit_events_workspace_occurred_at_idx" ON "audit_events"("workspace", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_username_occurred_at_idx" ON "audit_events"("username", "occurred_at");
