import type { KafkaMessage } from 'kafkajs';
import type { PrismaClient } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Logger } from '../log.ts';
import type { AuditRecord } from './record.ts';

function rowOf(r: AuditRecord): Prisma.AuditEventCreateManyInput {
  return {
    id: r.id,
    occurredAt: new Date(r.occurredAt),
    subgraph: r.subgraph,
    userId: r.user.id ?? null,
    username: r.user.username ?? null,
    credentialKind: r.credential.kind,
    credentialId: r.credential.id ?? null,
    operationName: r.operation.name ?? null,
    field: r.operation.field,
    targetKind: r.target.kind ?? null,
    workspace: r.target.workspace ?? null,
    project: r.target.project ?? null,
    targetName: r.target.name ?? null,
    arguments: r.arguments as Prisma.InputJsonValue,
    result: r.result,
    requestId: r.requestId,
    clientAddress: r.clientAddress ?? null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Kafka message of the audit topic back into its record; undefined when it is not one. */
export function parseAuditMessage(message: KafkaMessage): AuditRecord | undefined {
  try {
    const r = JSON.parse(message.value?.toString('utf8') ?? '') as AuditRecord;
    return typeof r.id === 'string' && UUID.test(r.id) && r.operation?.field && r.occurredAt ? r : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores a batch of audit messages of `install` (the store's database's own); another install's
 * records (installs sharing a Kafka share the topic) are passed over. A record already stored (a
 * redelivery, a relay that sent a batch twice) is skipped by its id, so the store holds each
 * event once. A message that is not an audit record is logged and skipped (it would otherwise
 * block the partition forever).
 */
export async function storeAuditMessages(prisma: PrismaClient, messages: KafkaMessage[], install: string, log: Logger): Promise<number> {
  const rows: Prisma.AuditEventCreateManyInput[] = [];
  for (const m of messages) {
    const r = parseAuditMessage(m);
    if (!r) log.warn({ offset: m.offset }, 'audit consumer: skipped a message that is not an audit record');
    else if (r.install === install) rows.push(rowOf(r));
  }
  if (!rows.length) return 0;
  const { count } = await prisma.auditEvent.createMany({ data: rows, skipDuplicates: true });
  return count;
}
