/**
 * Audit of a Kubernetes mutation (no transaction: the outbox row is written right after the
 * API server answered), against the lab's API server, Postgres and Kafka: createSecret is one
 * record naming the project's workspace, and the Secret's values appear nowhere (outbox, the
 * Kafka message, the store); a scale refused to a viewer is recorded as FORBIDDEN.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { KafkaMessage } from 'kafkajs';
import { createLogger } from '@meridian/core';
import { createPrisma, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { userIdentity } from '@meridian/core/testing';
import { startAuditPipeline, type AuditPipeline } from '@meridian/core/audit/index';
import { consumeAtLeastOnce, createKafka } from '@meridian/core/kafka/index';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { deleteNamespace, labKubeConfig, uniqueName, waitFor } from '@meridian/core/kube/testing';
import type { RunningWorkloads } from '../src/index.ts';
import { codes, startOverNamespaces, type Gql } from './helpers.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws-audit');
const ns = uniqueName('t-audit');
const admin = userIdentity('audit-admin', { projects: { [ns]: 'admin' } });
const viewer = userIdentity('audit-viewer', { projects: { [ns]: 'viewer' } });
const SECRET_VALUE = `v-${randomBytes(8).toString('hex')}`;
const log = createLogger('workloads-audit-test');
const topic = `meridian.audit.workloads-${randomBytes(4).toString('hex')}`;

let db: TestDatabase;
let prisma: PrismaClient;
let sg: RunningWorkloads;
let gql: Gql;
let pipeline: AuditPipeline;

beforeAll(async () => {
  db = await createTestDatabase('workloads_audit');
  prisma = createPrisma(db.url, { maxConnections: 2 });
  // Workloads has no database of its own: its outbox is DATABASE_URL's, like every subgraph's.
  process.env.DATABASE_URL = db.url;
  ({ sg, gql } = await startOverNamespaces(kc, [[ns, ws]]));
  pipeline = await startAuditPipeline(prisma, { brokers: labKafkaBrokers(), topic, groupId: `store-${topic}` }, log);
});
afterAll(async () => {
  await pipeline?.stop();
  await sg?.stop();
  await prisma?.$disconnect();
  await db?.drop();
  await deleteNamespace(kc, ns).catch(() => undefined);
});


test('createSecret is one record with its target and without the Secret\'s values', async () => {
  const seen: KafkaMessage[] = [];
  const watcher = consumeAtLeastOnce({ kafka: createKafka({ brokers: labKafkaBrokers(), clientId: 'watch', log }), groupId: `watch-${topic}`, topic, log, handleBatch: async (m) => void seen.push(...m) });
  const res = await gql(admin, 'mutation CreateDbSecret($p: String!, $v: String!) { createSecret(project: $p, input: { name: "db-creds", data: [{ key: "password", value: $v }] }) { name } }', { p: ns, v: SECRET_VALUE });
  expect(res.errors).toBeUndefined();
  const rows = await prisma.auditOutbox.findMany();
  expect(rows).toHaveLength(1);
  expect(rows[0].key).toBe(ws);
  expect(rows[0].payload).toMatchObject({
    subgraph: 'workloads',
    user: { username: 'audit-admin' },
    operation: { name: 'CreateDbSecret', field: 'createSecret' },
    target: { kind: 'Secret', workspace: ws, project: ns, name: 'db-creds' },
    arguments: { project: ns, input: { name: 'db-creds', data: '[REDACTED]' } },
    result: 'ok',
  });
  await waitFor('the record reached the store', async () => (await prisma.auditEvent.count()) === 1, 60_000);
  await waitFor('the watcher saw the message', async () => seen.length === 1, 60_000);
  await watcher.stop();
  const stored = await prisma.auditEvent.findFirstOrThrow();
  expect([stored.field, stored.workspace, stored.project, stored.targetName, stored.result]).toEqual(['createSecret', ws, ns, 'db-creds', 'ok']);
  expect(seen[0].key?.toString()).toBe(ws);
  for (const text of [JSON.stringify(rows[0].payload), JSON.stringify(stored.arguments), seen[0].value?.toString() ?? '']) expect(text).not.toContain(SECRET_VALUE);
});

test('a refused mutation is recorded with its code', async () => {
  const res = await gql(viewer, 'mutation($p: String!) { createSecret(project: $p, input: { name: "nope" }) { name } }', { p: ns });
  expect(codes(res)).toEqual(['FORBIDDEN']);
  await waitFor('the refusal reached the store', async () => (await prisma.auditEvent.count({ where: { username: 'audit-viewer' } })) === 1, 60_000);
  const e = await prisma.auditEvent.findFirstOrThrow({ where: { username: 'audit-viewer' } });
  expect([e.field, e.result, e.workspace, e.targetName]).toEqual(['createSecret', 'FORBIDDEN', ws, 'nope']);
});
