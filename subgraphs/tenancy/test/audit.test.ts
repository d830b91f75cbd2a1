/**
 * Audit through tenancy, on the lab's Postgres and a Kafka broker of this test's own (so that
 * stopping it disturbs nobody): a password change is one record, written in its own transaction,
 * without the password anywhere (outbox, Kafka, store); workspace admins read only their
 * workspace's records; with Kafka stopped during 20 mutations and started again, all 20 records
 * reach the store, once each.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KafkaMessage } from 'kafkajs';
import { createLogger, type Identity } from '@meridian/core';
import { consumeAtLeastOnce, createKafka } from '@meridian/core/kafka/index';
import { scratchKafka, type ScratchKafka } from '@meridian/core/kafka/testing';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';
import { waitFor } from '@meridian/core/kube/testing';

const log = createLogger('tenancy-audit-test');
const topic = `meridian.audit.tenancy-${randomBytes(4).toString('hex')}`;
let kafka: ScratchKafka;
let h: Harness;
let admin: Identity;

beforeAll(async () => {
  kafka = await scratchKafka();
  await kafka.start();
  h = await startTenancy('audit', { audit: { brokers: kafka.brokers, topic, groupId: `store-${topic}` } });
  const a = await h.makeUser(`audit-admin-${suffix()}`, 'platform-admin');
  admin = await h.signIn(a.username, a.password);
});
afterAll(async () => {
  await h?.stop();
  await kafka?.remove();
});


const AUDIT = `query($f: AuditEventFilter, $after: String) { auditEvents(filter: $f, first: 100, after: $after) {
  totalCount edges { node { id time service username credential credentialId operation targetKind workspace project targetName arguments result requestId } }
  pageInfo { hasNextPage endCursor } } }`;
type AuditNode = { id: string; operation: string; workspace: string | null; targetName: string | null; arguments: string; result: string; username: string | null; credential: string; credentialId: string | null };
type AuditPage = { auditEvents: { totalCount: number; edges: { node: AuditNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('audit of tenancy mutations', () => {
  test('a password change is one record, the password nowhere (outbox, Kafka, store)', async () => {
    const u = await h.makeUser(`audit-pw-${suffix()}`);
    const me = await h.signIn(u.username, u.password);
    const newPassword = `Pw-new-${randomBytes(8).toString('hex')}`;
    const seen: KafkaMessage[] = [];
    const watcher = consumeAtLeastOnce({ kafka: createKafka({ brokers: kafka.brokers, clientId: 'watch', log }), groupId: `watch-${topic}`, topic, log, handleBatch: async (m) => void seen.push(...m) });
    const res = await h.call('mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }', { o: u.password, n: newPassword }, me);
    expect(res.errors).toBeUndefined();
    // In the outbox before the answer came back: exactly one row for it (after the sign-in's).
    const rows = await h.prisma.auditOutbox.findMany({ where: { payload: { path: ['user', 'username'], equals: u.username } }, orderBy: { seq: 'asc' } });
    expect(rows.map((r) => (r.payload as { operation: { field: string }; result: string }).operation.field)).toEqual(['login', 'changePassword']);
    expect(rows[0].payload).toMatchObject({ result: 'ok', credential: { kind: 'anonymous' }, arguments: { password: '[REDACTED]' } });
    expect(rows[1].payload).toMatchObject({ result: 'ok', credential: { kind: 'session', id: me.sessionId }, arguments: { oldPassword: '[REDACTED]', newPassword: '[REDACTED]' } });

    const stored = async () => (await h.call<AuditPage>(AUDIT, { f: { user: u.username } }, admin)).data?.auditEvents.edges.map((e) => e.node) ?? [];
    await waitFor('the records reached the store', async () => (await stored()).length >= 2, 60_000);
    const [event] = await stored();
    expect(event).toMatchObject({ operation: 'changePassword', result: 'ok', username: u.username, credential: 'SESSION', credentialId: me.sessionId, workspace: null });
    await waitFor('the watcher saw the message', async () => seen.some((m) => m.value?.toString().includes(u.username)), 60_000);
    await watcher.stop();
    for (const text of [JSON.stringify(rows.map((r) => r.payload)), event.arguments, seen.map((m) => m.value?.toString()).join('\n')]) {
      expect(text).not.toContain(newPassword);
      expect(text).not.toContain(u.password);
    }
    // A failed change (wrong old password) is recorded too, with its code.
    await h.call('mutation($n: String!) { changePassword(oldPassword: "wrong", newPassword: $n) }', { n: newPassword }, me);
    await waitFor('the refused change is recorded', async () => (await stored()).some((e) => e.result === 'BAD_USER_INPUT'), 60_000);
  });

  test('workspace admins read only their workspace; others are refused', async () => {
    const [ws1, ws2] = [`audit-a-${suffix()}`, `audit-b-${suffix()}`];
    for (const name of [ws1, ws2]) expect((await h.call('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: name }, admin)).errors).toBeUndefined();
    const wa = await h.makeUser(`audit-wsadmin-${suffix()}`);
    const outsider = await h.makeUser(`audit-outsider-${suffix()}`);
    await h.call('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_ADMIN) { role } }', { w: ws1, u: wa.username }, admin);
    const wsAdmin = await h.signIn(wa.username, wa.password);
    const other = await h.signIn(outsider.username, outsider.password);

    const list = async (who: Identity, f: Record<string, unknown> = {}) => h.call<AuditPage>(AUDIT, { f }, who);
    await waitFor('ws1 has its records', async () => ((await list(admin, { workspace: ws1 })).data?.auditEvents.totalCount ?? 0) >= 2, 60_000);
    await waitFor('ws2 has its record', async () => ((await list(admin, { workspace: ws2 })).data?.auditEvents.totalCount ?? 0) >= 1, 60_000);

    const mine = (await list(wsAdmin)).data!.auditEvents.edges.map((e) => e.node);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(new Set(mine.map((e) => e.workspace))).toEqual(new Set([ws1]));
    expect(mine.map((e) => e.operation).sort()).toEqual(expect.arrayContaining(['addWorkspaceMember', 'createWorkspace']));
    expect(codes(await list(wsAdmin, { workspace: ws2 }))).toEqual(['NOT_FOUND']);
    expect(codes(await list(other))).toEqual(['FORBIDDEN']);
    // Asking for a workspace: one the caller does not see is not there; one seen but not administered is refused.
    expect(codes(await list(other, { workspace: ws1 }))).toEqual(['NOT_FOUND']);
    const v = await h.makeUser(`audit-viewer-${suffix()}`);
    await h.call('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_VIEWER) { role } }', { w: ws1, u: v.username }, admin);
    expect(codes(await list(await h.signIn(v.username, v.password), { workspace: ws1 }))).toEqual(['FORBIDDEN']);
    // The console's capability says the same.
    const can = async (who: Identity) => (await h.call<{ me: { canReadAuditLog: boolean; canSearchAuditLog: boolean } }>('{ me { canReadAuditLog canSearchAuditLog } }', {}, who)).data?.me;
    // A project admin may not read the store, but may search their project's records (searchAuditEvents).
    const projectAdmin: Identity = { ...other, projects: { [`audit-p-${suffix()}`]: 'admin' } };
    const projectViewer: Identity = { ...other, projects: { [`audit-p-${suffix()}`]: 'viewer' } };
    expect(await Promise.all([admin, wsAdmin, projectAdmin, projectViewer, other].map(can))).toEqual([
      { canReadAuditLog: true, canSearchAuditLog: true },
      { canReadAuditLog: true, canSearchAuditLog: true },
      { canReadAuditLog: false, canSearchAuditLog: true },
      { canReadAuditLog: false, canSearchAuditLog: false },
      { canReadAuditLog: false, canSearchAuditLog: false },
    ]);
    // The platform admin sees both, newest first.
    const all = (await list(admin)).data!.auditEvents.edges.map((e) => e.node);
    const names = all.filter((e) => e.operation === 'createWorkspace').map((e) => e.targetName);
    expect(names.indexOf(ws2)).toBeLessThan(names.indexOf(ws1));
    expect(codes(await list(admin, { from: 'yesterday' }))).toEqual(['BAD_USER_INPUT']);
  });

  test('a workspace created again under an earlier one\'s name: its admin reads nothing of the earlier one', async () => {
    const ws = `audit-again-${suffix()}`;
    expect((await h.call('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: ws }, admin)).errors).toBeUndefined();
    const wa = await h.makeUser(`audit-again-admin-${suffix()}`);
    await h.call('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_ADMIN) { role } }', { w: ws, u: wa.username }, admin);
    const wsAdmin = await h.signIn(wa.username, wa.password);
    // The earlier team's record under the same name, an hour before this workspace was made.
    const earlier = await h.prisma.auditEvent.create({
      data: {
        id: crypto.randomUUID(),
        occurredAt: new Date(Date.now() - 3_600_000),
        subgraph: 'tenancy',
        username: 'earlier-team',
        credentialKind: 'session',
        field: 'deleteWorkspace',
        targetKind: 'Workspace',
        workspace: ws,
        targetName: ws,
        arguments: {},
        result: 'ok',
        requestId: crypto.randomUUID(),
      },
    });
    const ids = async (who: Identity) => (await h.call<AuditPage>(AUDIT, { f: { workspace: ws } }, who)).data!.auditEvents.edges.map((e) => e.node.id);
    await waitFor('the workspace\'s own records', async () => (await ids(wsAdmin)).length >= 2, 60_000);
    expect(await ids(wsAdmin)).not.toContain(earlier.id);
    expect(await ids(admin)).toContain(earlier.id); // platform admins read everything
  });

  test('with Kafka stopped during 20 mutations and started again, all 20 records arrive, once', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `audit-out-${suffix()}-${i}`);
    await kafka.stop();
    try {
      for (const n of names) {
        const res = await h.call('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n }, admin);
        expect(res.errors).toBeUndefined();
      }
      const waiting = await h.prisma.auditOutbox.count({ where: { sentAt: null, key: { in: names } } });
      expect(waiting).toBe(20);
      expect(await h.prisma.auditEvent.count({ where: { workspace: { in: names } } })).toBe(0);
    } finally {
      await kafka.start();
    }
    const back = Date.now();
    await waitFor('all 20 records reached the store', async () => (await h.prisma.auditEvent.count({ where: { workspace: { in: names } } })) >= 20, 180_000);
    console.log(`audit outage: all 20 records stored ${((Date.now() - back) / 1000).toFixed(1)} s after Kafka answered again`);
    // Give any duplicate a moment to arrive, then count again: exactly once each.
    await new Promise((r) => setTimeout(r, 3_000));
    const events = await h.prisma.auditEvent.findMany({ where: { workspace: { in: names } } });
    expect(events.map((e) => e.workspace).sort()).toEqual([...names].sort());
    expect(await h.prisma.auditOutbox.count({ where: { sentAt: null } })).toBe(0);
  });
});
