/**
 * The audit pipeline against the lab's real Postgres and Kafka: every mutation a subgraph
 * serves gets one record, made centrally by startSubgraph (not by the resolver), without its
 * secrets, in the outbox, on Kafka and in the store; a consumer that dies before committing
 * makes Kafka deliver again and the store still holds each event once; a mutation refused
 * before its resolver (read-only token) is recorded with the refusal's code.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KafkaMessage } from 'kafkajs';
import { createPrisma, type PrismaClient } from '../src/db/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/db/testing.ts';
import { startSubgraph, type RunningSubgraph } from '../src/server.ts';
import { callSubgraph, userIdentity } from '../src/testing.ts';
import { createLogger } from '../src/log.ts';
import { redactArguments, REDACTED, targetOf, startAuditPipeline, storeAuditMessages, type AuditPipeline } from '../src/audit/index.ts';
import { consumeAtLeastOnce, createKafka, ensureTopic } from '../src/kafka/index.ts';
import { labKafkaBrokers } from '../src/kafka/testing.ts';
import { waitFor } from '../src/kube/testing.ts';

const log = createLogger('audit-test');
const SECRET_VALUE = `s3cr3t-${randomBytes(6).toString('hex')}`;
const PASSWORD = `Pw-${randomBytes(6).toString('hex')}`;

describe('secrets are removed by name', () => {
  test('passwords, tokens, private keys and the data of a Secret never stay', () => {
    const out = redactArguments('createSecret', {
      project: 'p',
      input: { name: 's', type: 'OPAQUE', data: [{ key: 'k', value: SECRET_VALUE }], tls: { certificate: 'CERT', privateKey: SECRET_VALUE }, labels: [{ key: 'a', value: 'b' }] },
    });
    expect(JSON.stringify(out)).not.toContain(SECRET_VALUE);
    expect(out).toMatchObject({ project: 'p', input: { name: 's', data: REDACTED, tls: { certificate: 'CERT', privateKey: REDACTED }, labels: [{ key: 'a', value: 'b' }] } });
    expect(redactArguments('changePassword', { oldPassword: PASSWORD, newPassword: PASSWORD })).toEqual({ oldPassword: REDACTED, newPassword: REDACTED });
    expect(redactArguments('createCredential', { project: 'p', input: { id: 'c', kubeconfig: { content: SECRET_VALUE }, sshKey: { username: 'u', privateKey: SECRET_VALUE, passphrase: 'x' } } })).toEqual({
      project: 'p',
      input: { id: 'c', kubeconfig: REDACTED, sshKey: { username: 'u', privateKey: REDACTED, passphrase: REDACTED } },
    });
    // A ConfigMap's data is not secret; a Secret in YAML is, however it is written.
    expect(redactArguments('createConfigMap', { input: { name: 'c', data: [{ key: 'k', value: 'v' }] } })).toEqual({ input: { name: 'c', data: [{ key: 'k', value: 'v' }] } });
    const yaml = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  token: ${SECRET_VALUE}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n`;
    const applied = redactArguments('applyYaml', { project: 'p', yaml });
    expect(JSON.stringify(applied)).not.toContain(SECRET_VALUE);
    expect(applied.yaml).toEqual([{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: REDACTED }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } }]);
    expect(redactArguments('applyYaml', { yaml: `kind: Secret\ndata: [${SECRET_VALUE}` }).yaml).toBe('[unreadable YAML]');
    // Credentials inside URLs, and the sign-in callback (its one-time code), go too.
    expect(redactArguments('createSourceToImage', { input: { gitUrl: `https://bot:${SECRET_VALUE}@git.example/repo.git` } })).toEqual({ input: { gitUrl: `https://${REDACTED}@git.example/repo.git` } });
    expect(redactArguments('finishOidcLogin', { callbackUrl: `https://c/cb?code=${SECRET_VALUE}` })).toEqual({ callbackUrl: REDACTED });
    expect(redactArguments('createNotificationChannel', { input: { webhook: { urlWithToken: SECRET_VALUE }, email: { smtpPassword: SECRET_VALUE, smtpUser: 'u' } } })).toEqual({
      input: { webhook: { urlWithToken: REDACTED }, email: { smtpPassword: REDACTED, smtpUser: 'u' } },
    });
  });

  test('the target is read from the arguments the API uses', () => {
    const ws = (p: string) => (p === 'shop-web' ? 'shop' : undefined);
    expect(targetOf('createSecret', { project: 'shop-web', input: { name: 's' } }, ws)).toEqual({ kind: 'Secret', workspace: 'shop', project: 'shop-web', name: 's' });
    expect(targetOf('scaleDeployment', { namespace: 'shop-web', name: 'd', replicas: 2 }, ws)).toEqual({ kind: 'Deployment', workspace: 'shop', project: 'shop-web', name: 'd' });
    expect(targetOf('createWorkspace', { input: { name: 'shop' } })).toEqual({ kind: 'Workspace', workspace: 'shop', project: undefined, name: 'shop' });
    expect(targetOf('deleteProject', { name: 'shop-web', confirm: 'shop-web' }, ws)).toEqual({ kind: 'Project', workspace: 'shop', project: 'shop-web', name: 'shop-web' });
    expect(targetOf('deleteObject', { kind: 'Pod', project: 'x', name: 'p' }, ws)).toEqual({ kind: 'Pod', workspace: undefined, project: 'x', name: 'p' });
    expect(targetOf('applyYaml', { project: 'shop-web', yaml: 'kind: ConfigMap\nmetadata:\n  name: cm\n' }, ws)).toEqual({ kind: 'ConfigMap', workspace: 'shop', project: 'shop-web', name: 'cm' });
  });
});

describe('outbox → Kafka → store (lab Postgres and Kafka)', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let sg: RunningSubgraph;
  let pipeline: AuditPipeline | undefined;
  const topic = `meridian.audit.test-${randomBytes(4).toString('hex')}`;
  const brokers = labKafkaBrokers();

  beforeAll(async () => {
    db = await createTestDatabase('audit');
    prisma = createPrisma(db.url);
    sg = await startSubgraph({
      name: 'workloads',
      typeDefs: `
        type Query { ok: Boolean }
        input KeyValueInput { key: String!, value: String! }
        input SecretInput { name: String!, data: [KeyValueInput!] }
        type Mutation {
          createSecret(project: String!, input: SecretInput!): Boolean
          changePassword(oldPassword: String!, newPassword: String!): Boolean
          broken(name: String!): Boolean
        }`,
      resolvers: {
        Mutation: {
          createSecret: () => true,
          changePassword: () => true,
          broken: () => {
            throw new Error('boom');
          },
        },
      },
      port: 0,
      audit: { databaseUrl: db.url, workspaceOf: (p) => (p === 'audit-web' ? 'audit-ws' : undefined) },
    });
  });
  afterAll(async () => {
    await pipeline?.stop();
    await sg?.stop();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const admin = userIdentity('audit-admin', { workspaces: { 'audit-ws': 'workspace-admin' } });

  test('each mutation field is one record, secrets removed, in the outbox before the answer', async () => {
    const res = await callSubgraph(
      sg.url,
      `mutation Two($data: String!, $pw: String!) {
        createSecret(project: "audit-web", input: { name: "db", data: [{ key: "password", value: $data }] })
        changePassword(oldPassword: $pw, newPassword: $pw)
        broken(name: "x")
      }`,
      { data: SECRET_VALUE, pw: PASSWORD },
      { ...admin, authMethod: 'session', sessionId: 'sess-1' },
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    const rows = await prisma.auditOutbox.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((r) => (r.payload as { operation: { field: string } }).operation.field)).toEqual(['createSecret', 'changePassword', 'broken']);
    const text = JSON.stringify(rows.map((r) => r.payload));
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain(PASSWORD);
    const [secret, password, broken] = rows.map((r) => r.payload as Record<string, unknown>);
    expect(secret).toMatchObject({
      subgraph: 'workloads',
      user: { id: admin.userId, username: 'audit-admin' },
      credential: { kind: 'session', id: 'sess-1' },
      operation: { name: 'Two', field: 'createSecret' },
      target: { kind: 'Secret', workspace: 'audit-ws', project: 'audit-web', name: 'db' },
      arguments: { input: { data: REDACTED } },
      result: 'ok',
    });
    expect(rows[0].key).toBe('audit-ws');
    expect(password).toMatchObject({ arguments: { oldPassword: REDACTED, newPassword: REDACTED }, result: 'ok', target: { kind: 'Password' } });
    expect(rows[1].key).toBe('platform');
    expect(broken).toMatchObject({ result: 'INTERNAL_SERVER_ERROR' });
  });

  test('a mutation refused before its resolver (read-only token) is recorded with the refusal', async () => {
    const res = await callSubgraph(sg.url, 'mutation { createSecret(project: "audit-web", input: { name: "ro" }) }', {}, { ...admin, authMethod: 'token', tokenId: 'tok-1', readOnly: true });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const row = await prisma.auditOutbox.findFirst({ where: { payload: { path: ['credential', 'id'], equals: 'tok-1' } } });
    expect(row?.payload).toMatchObject({ credential: { kind: 'token', id: 'tok-1' }, operation: { field: 'createSecret' }, result: 'FORBIDDEN', target: { name: 'ro' } });
  });

  test('the relay publishes every row once; the consumer stores each; nothing secret on Kafka', async () => {
    const expected = await prisma.auditOutbox.count();
    // Watch the topic as a separate group: what is on Kafka must hold no secret either.
    const kafka = createKafka({ brokers, clientId: 'audit-test-watch', log });
    await ensureTopic(kafka, topic);
    const seen: KafkaMessage[] = [];
    const watcher = consumeAtLeastOnce({ kafka, groupId: `watch-${topic}`, topic, log, handleBatch: async (m) => void seen.push(...m) });
    pipeline = await startAuditPipeline(prisma, { brokers, topic, groupId: `store-${topic}` }, log);
    await pipeline.relay.drained();
    await waitFor('the store has every record', async () => (await prisma.auditEvent.count()) === expected, 60_000);
    await waitFor('the watcher saw every message', async () => seen.length >= expected, 60_000);
    await watcher.stop();
    const text = seen.map((m) => m.value?.toString()).join('\n');
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain(PASSWORD);
    expect(seen.map((m) => m.key?.toString()).sort()).toEqual(['audit-ws', 'audit-ws', 'platform', 'platform']);
    // Each record names its install: the database's, as the store keeps only that install's.
    expect(seen.map((m) => (JSON.parse(m.value!.toString()) as { install?: string }).install)).toEqual(seen.map(() => pipeline!.install));
    const stored = await prisma.auditEvent.findMany({ orderBy: { occurredAt: 'asc' } });
    expect(stored.map((e) => [e.field, e.result, e.workspace])).toEqual(
      expect.arrayContaining([
        ['createSecret', 'ok', 'audit-ws'],
        ['changePassword', 'ok', null],
        ['broken', 'INTERNAL_SERVER_ERROR', null],
        ['createSecret', 'FORBIDDEN', 'audit-ws'],
      ]),
    );
    expect(await prisma.auditOutbox.count({ where: { sentAt: null } })).toBe(0);
  });

  test('a consumer that dies before committing gets the messages again; the store keeps each once', async () => {
    const kafka = createKafka({ brokers, clientId: 'audit-test-redelivery', log });
    const group = `redelivery-${topic}`;
    const first: KafkaMessage[] = [];
    const dying = consumeAtLeastOnce({ kafka, groupId: group, topic, log, commit: false, handleBatch: async (m) => {
      first.push(...m);
      await storeAuditMessages(prisma, m, pipeline!.install, log);
    } });
    const total = await prisma.auditEvent.count();
    await waitFor('the first consumer handled every message', async () => first.length >= total, 60_000);
    await dying.stop(); // "crashes" without having committed anything
    const again: KafkaMessage[] = [];
    const second = consumeAtLeastOnce({ kafka, groupId: group, topic, log, handleBatch: async (m) => {
      again.push(...m);
      await storeAuditMessages(prisma, m, pipeline!.install, log);
    } });
    await waitFor('the restarted consumer got the uncommitted messages again', async () => again.length >= total, 60_000);
    await second.stop();
    expect(again.map((m) => m.offset).sort()).toEqual(first.map((m) => m.offset).sort());
    expect(await prisma.auditEvent.count()).toBe(total);
  });
});

