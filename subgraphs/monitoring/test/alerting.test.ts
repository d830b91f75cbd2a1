/**
 * Alerting end to end against the lab: a project rule on one pod's CPU is written as a rule file
 * that the real Prometheus evaluates, routed by the real Alertmanager to the subgraph's webhook,
 * and notified by e-mail (to the lab's SMTP server) and webhook (to the lab's receiver); the pod's
 * simulated CPU is moved with kwok's `kwok.x-k8s.io/usage-cpu` annotation. Then the tenancy
 * rules: what another tenant, a viewer and a non-admin may not do, and names that would inject
 * PromQL. MERIDIAN_TEST_PROMETHEUS_URL points the suite at another Prometheus (one that reads the
 * same rule folder and sends to the lab's Alertmanager).
 */
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import type { Identity, RunningSubgraph } from '@meridian/core';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { redactArguments } from '@meridian/core/audit/redact';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { recordSubscription, wsClient } from '../../workloads/test/helpers.ts';
import { start } from '../src/index.ts';

const kc = labKubeConfig();
const s = randomBytes(3).toString('hex');
const ws = uniqueName('ws-al');
const otherWs = uniqueName('ws-al2');
const ns = uniqueName('t-alert');
const otherNs = uniqueName('t-alert2');
const POD = 'hot';
const admin = userIdentity(`al-admin-${s}`, { workspaces: { [ws]: 'workspace-admin' } });
const viewer = userIdentity(`al-viewer-${s}`, { projects: { [ns]: 'viewer' } });
const otherTenant = userIdentity(`al-other-${s}`, { workspaces: { [otherWs]: 'workspace-admin' } });
const platformAdmin = userIdentity(`al-root-${s}`, { platformRole: 'platform-admin' });
const mailbox = `alerts-${s}@example.test`;
const hook = `alerting-${s}`;
const SMTP_PASSWORD = `smtp-secret-${s}`;
const FOR_SECONDS = 10;
const EVALUATION_SECONDS = 5; // the lab's evaluation_interval (components/prometheus.ts)

let db: TestDatabase;
let sg: RunningSubgraph;
const prometheusUrl = process.env.MERIDIAN_TEST_PROMETHEUS_URL ?? labEndpoints('prometheus').url;
const sink = labEndpoints('smtp');

type Res<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
const gql = <T = Record<string, never>>(who: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph<T>(sg.url, query, variables, who) as Promise<Res<T>>;
const codes = (r: Res<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);
async function must<T>(who: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(who, query, variables);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data!;
}

type Mail = { subject: string; text: string; envelopeTo: string[]; authenticatedUser: string | null };
type Hook = { body: { kind: string; title: string; rule: { id: string } | null } };
const mails = async () => (await (await fetch(`${sink.api}/messages?to=${encodeURIComponent(mailbox)}`)).json()) as Mail[];
const hooks = async () => (await (await fetch(`${sink.hooks}/${hook}`)).json()) as Hook[];

async function setPodCpu(value: string): Promise<void> {
  await kubeRequest(kc, { method: 'PATCH', path: `${apiPath(Kinds.Pod, { namespace: ns })}/${POD}`, body: { metadata: { annotations: { 'kwok.x-k8s.io/usage-cpu': value } } } });
}

async function promValue(query: string): Promise<number | undefined> {
  const res = await fetch(`${prometheusUrl}/api/v1/query?${new URLSearchParams({ query })}`);
  const body = (await res.json()) as { data: { result: { value: [number, string] }[] } };
  return body.data.result[0] ? Number(body.data.result[0].value[1]) : undefined;
}

/** The first time (Unix seconds, 1 s steps) `query` had a sample between start and end. */
async function firstSampleAt(query: string, start: number, end: number): Promise<number> {
  const res = await fetch(`${prometheusUrl}/api/v1/query_range?${new URLSearchParams({ query, start: String(start), end: String(end), step: '1' })}`);
  const body = (await res.json()) as { data: { result: { values: [number, string][] }[] } };
  const times = body.data.result.flatMap((r) => r.values.map(([t]) => t));
  assert.ok(times.length, `no sample of ${query}`);
  return Math.min(...times);
}

const RULE_FIELDS = 'id name project metric target condition threshold forSeconds severity repeatIntervalSeconds enabled expression viewerCanManage channels { id name } currentValues { target value }';
const ALERTS = `query($p: String, $st: AlertState) { alerts(project: $p, state: $st) { totalCount edges { node { id state target silenced value rule { id } history { state at } } } } }`;
type AlertNode = { id: string; state: string; target: string; silenced: boolean; value: number | null; rule: { id: string }; history: { state: string; at: string }[] };
const alertsOf = async (who: Identity, state?: string) => (await must<{ alerts: { edges: { node: AlertNode }[] } }>(who, ALERTS, { p: ns, st: state })).alerts.edges.map((e) => e.node);

const ruleInput = (over: Record<string, unknown> = {}) => ({
  name: `cpu-hot-${s}`,
  scope: 'PROJECT',
  project: ns,
  metric: 'pod_cpu_usage',
  target: POD,
  condition: 'GT',
  threshold: 0.2,
  forSeconds: FOR_SECONDS,
  severity: 'CRITICAL',
  repeatIntervalSeconds: 3600,
  channelIds: [] as string[],
  ...over,
});
const CREATE_RULE = `mutation($i: AlertRuleInput!) { createAlertRule(input: $i) { ${RULE_FIELDS} } }`;

let emailChannel: string;
let webhookChannel: string;
let ruleId: string;

beforeAll(async () => {
  const flags = (await (await fetch(`${prometheusUrl}/api/v1/status/flags`)).json()) as { data: Record<string, string> };
  if (flags.data['web.enable-lifecycle'] !== 'true') {
    throw new Error(`the Prometheus at ${prometheusUrl} does not accept reloads (--web.enable-lifecycle): restart the lab's Prometheus (it got the flag with the alerting lab parts)`);
  }
  await createNamespace(kc, ns, ws);
  await createNamespace(kc, otherNs, otherWs);
  await createPod(kc, ns, POD);
  await setPodCpu('20m');
  db = await createTestDatabase('alerting');
  sg = await start({ port: 0, kubeconfig: labKubeconfigPath(), prometheusUrl, databaseUrl: db.url, alerting: { pollMs: 1000, removeOnStop: true, delivery: { maxAttempts: 3, firstBackoffMs: 200 } } });
  await waitFor('pod running', async () => {
    const pod = await kubeRequest<{ status?: { phase?: string } }>(kc, { path: `${apiPath(Kinds.Pod, { namespace: ns })}/${POD}` });
    return pod.status?.phase === 'Running';
  }, 180_000, 1000);
}, 240_000);

afterAll(async () => {
  await sg?.stop();
  await db?.drop();
  await deleteNamespace(kc, ns).catch(() => undefined);
  await deleteNamespace(kc, otherNs).catch(() => undefined);
});

describe('notification channels', () => {
  test('a workspace admin creates e-mail and webhook channels; secrets never come back', async () => {
    const create = `mutation($i: NotificationChannelInput!) { createNotificationChannel(input: $i) { id name type workspace recipients endpoint hasSecret } }`;
    const email = await gql<{ createNotificationChannel: { id: string; endpoint: string; hasSecret: boolean } }>(admin, create, {
      i: { name: 'ops mail', type: 'EMAIL', workspace: ws, email: { to: [mailbox], from: 'meridian@example.test', smtpHost: sink.host, smtpPort: Number(sink.port), smtpUser: 'meridian', smtpPassword: SMTP_PASSWORD } },
    });
    assert.equal(email.errors, undefined, JSON.stringify(email.errors));
    assert.equal(email.data!.createNotificationChannel.endpoint, `${sink.host}:${sink.port}`);
    assert.equal(email.data!.createNotificationChannel.hasSecret, true);
    emailChannel = email.data!.createNotificationChannel.id;
    const webhook = await must<{ createNotificationChannel: { id: string; endpoint: string } }>(admin, create, {
      i: { name: 'ops hook', type: 'WEBHOOK', workspace: ws, webhook: { urlWithToken: `${sink.hooks}/${hook}?token=${s}` } },
    });
    assert.equal(webhook.createNotificationChannel.endpoint, new URL(sink.hooks).origin);
    webhookChannel = webhook.createNotificationChannel.id;
    const listed = await gql<{ notificationChannels: unknown[] }>(admin, `query($w: String) { notificationChannels(workspace: $w) { id name type recipients endpoint hasSecret deliveries { status } } }`, { w: ws });
    const text = JSON.stringify(listed);
    assert.ok(!text.includes(SMTP_PASSWORD) && !text.includes(`token=${s}`) && !text.includes(hook), 'no secret in the answer');
    assert.equal(listed.data!.notificationChannels.length, 2);
  });

  test('the audit record of a channel keeps neither its SMTP password nor its webhook URL', () => {
    const recorded = JSON.stringify(
      redactArguments('createNotificationChannel', {
        input: { name: 'x', type: 'SLACK', email: { smtpPassword: SMTP_PASSWORD }, webhook: { urlWithToken: `https://hooks.example.test/services/${s}` } },
      }),
    );
    assert.ok(!recorded.includes(SMTP_PASSWORD) && !recorded.includes(s), recorded);
  });

  test('test-send: the mail arrives at the SMTP server, authenticated; a webhook to a private address fails after its retries, never sent', async () => {
    const sent = await must<{ testNotificationChannel: { status: string; attempts: number; kind: string } }>(admin, `mutation($id: ID!) { testNotificationChannel(id: $id) { status attempts kind lastError } }`, { id: emailChannel });
    assert.deepEqual(sent.testNotificationChannel, { status: 'SENT', attempts: 1, kind: 'TEST', lastError: null });
    const mail = await waitFor('test mail', async () => (await mails()).find((m) => m.subject.includes('test notification')));
    assert.equal(mail.authenticatedUser, 'meridian');
    // A webhook to a private address (here one this test listens on) is refused before any request, after its retries.
    let reached = 0;
    const internal = createServer((_req, res) => {
      reached++;
      res.end('ok');
    });
    await new Promise<void>((r) => internal.listen(0, '127.0.0.1', r));
    const port = (internal.address() as AddressInfo).port;
    const dead = await must<{ createNotificationChannel: { id: string } }>(admin, `mutation($i: NotificationChannelInput!) { createNotificationChannel(input: $i) { id } }`, {
      i: { name: 'internal hook', type: 'SLACK', workspace: ws, webhook: { urlWithToken: `http://127.0.0.1:${port}/services/T000/B000/secret` } },
    });
    const failed = await must<{ testNotificationChannel: { status: string; attempts: number; lastError: string } }>(admin, `mutation($id: ID!) { testNotificationChannel(id: $id) { status attempts lastError } }`, { id: dead.createNotificationChannel.id });
    internal.close();
    assert.equal(failed.testNotificationChannel.status, 'FAILED');
    assert.equal(failed.testNotificationChannel.attempts, 3);
    assert.match(failed.testNotificationChannel.lastError, /private or loopback/);
    assert.ok(!failed.testNotificationChannel.lastError.includes('secret'), failed.testNotificationChannel.lastError);
    assert.equal(reached, 0, 'no request reached the internal address');
    await must(admin, `mutation($id: ID!) { deleteNotificationChannel(id: $id) }`, { id: dead.createNotificationChannel.id });
  });

  test('DingTalk, WeCom and Slack channels post their own formats (the sink answers like them)', async () => {
    const expected: Record<string, (body: Record<string, unknown>) => boolean> = {
      DINGTALK: (b) => b.msgtype === 'markdown' && typeof (b.markdown as { title?: string }).title === 'string' && /^### Meridian test/.test((b.markdown as { text: string }).text),
      WECOM: (b) => b.msgtype === 'markdown' && /^### Meridian test/.test((b.markdown as { content: string }).content),
      SLACK: (b) => typeof b.text === 'string' && (b.text as string).startsWith('*Meridian test'),
    };
    for (const type of Object.keys(expected)) {
      const name = `${type.toLowerCase()}-${s}`;
      const c = await must<{ createNotificationChannel: { id: string } }>(admin, `mutation($i: NotificationChannelInput!) { createNotificationChannel(input: $i) { id } }`, {
        i: { name, type, workspace: ws, webhook: { urlWithToken: `${sink.hooks}/${name}?access_token=t` } },
      });
      const sent = await must<{ testNotificationChannel: { status: string } }>(admin, `mutation($id: ID!) { testNotificationChannel(id: $id) { status } }`, { id: c.createNotificationChannel.id });
      assert.equal(sent.testNotificationChannel.status, 'SENT', type);
      const [got] = (await (await fetch(`${sink.hooks}/${name}`)).json()) as { body: Record<string, unknown> }[];
      assert.ok(expected[type](got.body), `${type}: ${JSON.stringify(got.body)}`);
      await must(admin, `mutation($id: ID!) { deleteNotificationChannel(id: $id) }`, { id: c.createNotificationChannel.id });
    }
  });

  test('channels: other tenants see none, cannot test or delete them; platform channels are for platform admins', async () => {
    assert.deepEqual(codes(await gql(otherTenant, `query($w: String) { notificationChannels(workspace: $w) { id } }`, { w: ws })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(otherTenant, `mutation($id: ID!) { testNotificationChannel(id: $id) { status } }`, { id: emailChannel })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(otherTenant, `mutation($id: ID!) { deleteNotificationChannel(id: $id) }`, { id: emailChannel })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(admin, `query { notificationChannels { id } }`)), ['FORBIDDEN']);
    assert.deepEqual(codes(await gql(admin, `mutation($i: NotificationChannelInput!) { createNotificationChannel(input: $i) { id } }`, { i: { name: 'x', type: 'WEBHOOK', webhook: { urlWithToken: 'http://127.0.0.1:9/' } } })), ['FORBIDDEN']);
    const platform = await must<{ notificationChannels: unknown[] }>(platformAdmin, `query { notificationChannels { id } }`);
    assert.ok(Array.isArray(platform.notificationChannels));
  });
});

describe('a project rule on a pod’s CPU', () => {
  test('the editor preview shows the current value; the rule is stored and written for Prometheus', async () => {
    const preview = await waitFor('preview value', async () => {
      const r = await must<{ alertMetricPreview: { target: string; value: number }[] }>(admin, `query($p: String) { alertMetricPreview(scope: PROJECT, project: $p, metric: "pod_cpu_usage", target: "${POD}") { target value } }`, { p: ns });
      return r.alertMetricPreview.length ? r.alertMetricPreview : undefined;
    }, 60_000, 1000);
    assert.equal(preview[0].target, POD);
    assert.ok(preview[0].value < 0.2, `below the threshold before the test moves it (${preview[0].value})`);
    const created = await must<{ createAlertRule: { id: string; expression: string; channels: { id: string }[]; viewerCanManage: boolean } }>(admin, CREATE_RULE, { i: ruleInput({ channelIds: [emailChannel, webhookChannel] }) });
    ruleId = created.createAlertRule.id;
    assert.equal(created.createAlertRule.channels.length, 2);
    assert.equal(created.createAlertRule.viewerCanManage, true);
    assert.match(created.createAlertRule.expression, new RegExp(`namespace="${ns}", pod="${POD}".* > 0\\.2$`));
    // Prometheus loaded it.
    await waitFor('rule loaded by Prometheus', async () => {
      const res = (await (await fetch(`${prometheusUrl}/api/v1/rules?type=alert`)).json()) as { data: { groups: { rules: { labels: Record<string, string> }[] }[] } };
      return res.data.groups.some((g) => g.rules.some((r) => r.labels.meridian_rule === ruleId));
    }, 20_000, 500);
  });

  test('fires within its duration plus one evaluation interval after the CPU crosses; e-mail and webhook arrive; resolves once', async () => {
    const client = wsClient(sg.url, viewer);
    const live = recordSubscription<{ alertsChanged: { alert: { state: string; target: string } } }>(client, `subscription($p: String) { alertsChanged(project: $p) { alert { state target } } }`, { p: ns });
    try {
      const expr = `sum by (namespace, pod) (irate(container_cpu_usage_seconds_total{container!="", container!="POD", namespace="${ns}", pod="${POD}"}[5m]))`;
      const movedAt = Date.now();
      await setPodCpu('500m');
      const crossed = await waitFor('CPU above the threshold in Prometheus', async () => ((await promValue(expr)) ?? 0) > 0.2 ? Date.now() : undefined, 60_000, 250);
      const firing = await waitFor('alert FIRING', async () => (await alertsOf(viewer, 'FIRING')).find((a) => a.rule.id === ruleId), 60_000, 250);
      const seenAfter = (Date.now() - crossed) / 1000;
      // Measured on Prometheus' own clock (the machine's load does not stretch it): the first second
      // the expression was above the threshold, and the first evaluation that had the alert firing.
      // The API shows FIRING from Prometheus' alert state, which can be a moment ahead of the
      // evaluation's ALERTS sample in its database: ask until that sample is there.
      const start = movedAt / 1000 - 5;
      const crossedAt = await firstSampleAt(`${expr} > 0.2`, start, Date.now() / 1000);
      const firedAt = await waitFor('the firing ALERTS sample', () => firstSampleAt(`ALERTS{alertname="meridian_rule_${ruleId.replaceAll('-', '_')}", alertstate="firing"}`, start, Date.now() / 1000), 30_000, 500);
      const firedAfter = firedAt - crossedAt;
      console.log(`alert FIRING ${firedAfter.toFixed(1)} s after the CPU crossed the threshold on Prometheus' clock (for ${FOR_SECONDS} s + evaluation ${EVALUATION_SECONDS} s); seen by the subgraph's API ${seenAfter.toFixed(1)} s after this test saw the crossing`);
      // ±1 s: the 1 s steps the two are found with.
      assert.ok(firedAfter <= FOR_SECONDS + EVALUATION_SECONDS + 1, `fired ${firedAfter.toFixed(1)} s after crossing`);
      assert.ok(firedAfter >= FOR_SECONDS - 1, `fired ${firedAfter.toFixed(1)} s after crossing, before its duration`);
      assert.equal(firing.target, POD);
      await live.until((r) => r.data?.alertsChanged.alert.state === 'PENDING', 'a PENDING event');
      await live.until((r) => r.data?.alertsChanged.alert.state === 'FIRING', 'a FIRING event');

      const alertMail = await waitFor('alert e-mail', async () => (await mails()).find((m) => m.subject.startsWith('[CRITICAL]') && m.subject.includes(`cpu-hot-${s}`)), 30_000, 250);
      assert.match(alertMail.text, /pod_cpu_usage GT 0\.2/);
      const alertHook = await waitFor('alert webhook', async () => (await hooks()).find((h) => h.body.kind === 'ALERT'), 30_000, 250);
      assert.equal(alertHook.body.rule?.id, ruleId);

      await setPodCpu('10m');
      await waitFor('alert RESOLVED', async () => (await alertsOf(viewer, 'RESOLVED')).find((a) => a.rule.id === ruleId), 90_000, 500);
      await live.until((r) => r.data?.alertsChanged.alert.state === 'RESOLVED', 'a RESOLVED event');
      await waitFor('resolved e-mail', async () => (await mails()).find((m) => m.subject.startsWith('[RESOLVED]')), 30_000, 250);
      await waitFor('resolved webhook', async () => (await hooks()).find((h) => h.body.kind === 'RESOLVED'), 30_000, 250);
      // Alertmanager would repeat a resolution on its group interval (5 s) if it were not done: wait three.
      await new Promise((r) => setTimeout(r, 15_000));
      assert.equal((await mails()).filter((m) => m.subject.startsWith('[RESOLVED]')).length, 1, 'one resolved e-mail');
      assert.equal((await hooks()).filter((h) => h.body.kind === 'RESOLVED').length, 1, 'one resolved webhook');
      assert.equal((await mails()).filter((m) => m.subject.startsWith('[CRITICAL]')).length, 1, 'one firing e-mail (repeat interval 1 h)');

      const [resolved] = (await alertsOf(viewer)).filter((a) => a.rule.id === ruleId);
      assert.deepEqual(resolved.history.map((h) => h.state), ['RESOLVED', 'FIRING', 'PENDING']);
      const deliveries = await must<{ notificationChannels: { id: string; deliveries: { kind: string; status: string }[] }[] }>(admin, `query($w: String) { notificationChannels(workspace: $w) { id deliveries { kind status } } }`, { w: ws });
      const ofMail = deliveries.notificationChannels.find((c) => c.id === emailChannel)!.deliveries;
      assert.deepEqual(ofMail.filter((d) => d.kind !== 'TEST').map((d) => `${d.kind} ${d.status}`).sort(), ['ALERT SENT', 'RESOLVED SENT']);
    } finally {
      live.stop();
      await client.dispose();
    }
  }, 240_000);

  test('silences: a manager silences the rule for a window, lists and expires it', async () => {
    const endsAt = new Date(Date.now() + 3600_000).toISOString();
    const created = await must<{ createAlertSilence: { id: string; state: string; target: string; rule: { id: string } } }>(admin, `mutation($r: ID!, $e: String!) { createAlertSilence(ruleId: $r, target: "${POD}", endsAt: $e, comment: "deploying") { id state target rule { id } } }`, { r: ruleId, e: endsAt });
    assert.equal(created.createAlertSilence.state, 'active');
    assert.equal(created.createAlertSilence.target, POD);
    const listed = await must<{ alertSilences: { id: string; state: string }[] }>(viewer, `query($p: String) { alertSilences(project: $p) { id state } }`, { p: ns });
    assert.ok(listed.alertSilences.some((x) => x.id === created.createAlertSilence.id));
    assert.deepEqual(codes(await gql(viewer, `mutation($id: ID!) { expireAlertSilence(id: $id) }`, { id: created.createAlertSilence.id })), ['FORBIDDEN']);
    assert.deepEqual(codes(await gql(otherTenant, `mutation($id: ID!) { expireAlertSilence(id: $id) }`, { id: created.createAlertSilence.id })), ['NOT_FOUND']);
    await must(admin, `mutation($id: ID!) { expireAlertSilence(id: $id) }`, { id: created.createAlertSilence.id });
    const after = await must<{ alertSilences: { id: string; state: string }[] }>(admin, `query($p: String) { alertSilences(project: $p) { id state } }`, { p: ns });
    assert.equal(after.alertSilences.find((x) => x.id === created.createAlertSilence.id)?.state, 'expired');
    assert.deepEqual(codes(await gql(admin, `mutation($r: ID!) { createAlertSilence(ruleId: $r, endsAt: "2001-01-01T00:00:00Z") { id } }`, { r: ruleId })), ['BAD_USER_INPUT']);
  });
});

describe('tenancy and validation', () => {
  test('another tenant cannot see, create or silence rules of this project', async () => {
    assert.deepEqual(codes(await gql(otherTenant, `query($p: String) { alertRules(project: $p) { id } }`, { p: ns })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(otherTenant, `query($id: ID!) { alertRule(id: $id) { id } }`, { id: ruleId })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(otherTenant, ALERTS, { p: ns })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(otherTenant, CREATE_RULE, { i: ruleInput({ name: 'intruder' }) })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(otherTenant, `mutation($r: ID!, $e: String!) { createAlertSilence(ruleId: $r, endsAt: $e) { id } }`, { r: ruleId, e: new Date(Date.now() + 60_000).toISOString() })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(otherTenant, `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: ruleId })), ['NOT_FOUND']);
    const own = await must<{ alertRules: { id: string }[] }>(otherTenant, `query($p: String) { alertRules(project: $p) { id } }`, { p: otherNs });
    assert.deepEqual(own.alertRules, []);
  });

  test('a project viewer sees rules and alerts but may not change them', async () => {
    const rules = await must<{ alertRules: { id: string; viewerCanManage: boolean }[] }>(viewer, `query($p: String) { alertRules(project: $p) { id viewerCanManage } }`, { p: ns });
    assert.deepEqual(rules.alertRules, [{ id: ruleId, viewerCanManage: false }]);
    assert.deepEqual(codes(await gql(viewer, CREATE_RULE, { i: ruleInput({ name: 'viewer-rule' }) })), ['FORBIDDEN']);
    assert.deepEqual(codes(await gql(viewer, `mutation($r: ID!, $e: String!) { createAlertSilence(ruleId: $r, endsAt: $e) { id } }`, { r: ruleId, e: new Date(Date.now() + 60_000).toISOString() })), ['FORBIDDEN']);
  });

  test('a platform admin\'s read-only API token reads rules and alerts but changes nothing', async () => {
    const readOnly = { ...platformAdmin, readOnly: true, authMethod: 'token' as const, tokenId: `t-${s}` };
    const rules = await must<{ alertRules: { id: string; viewerCanManage: boolean }[] }>(readOnly, `query($p: String) { alertRules(project: $p) { id viewerCanManage } }`, { p: ns });
    assert.deepEqual(rules.alertRules, [{ id: ruleId, viewerCanManage: false }]);
    await must(readOnly, ALERTS, { p: ns });
    assert.deepEqual(codes(await gql(readOnly, CREATE_RULE, { i: ruleInput({ name: 'read-only' }) })), ['FORBIDDEN']);
  });

  test('node and cluster rules are for platform admins only', async () => {
    const node = { name: `node-cpu-${s}`, scope: 'NODE', project: null, metric: 'node_cpu_utilisation', target: null, threshold: 0.9 };
    assert.deepEqual(codes(await gql(admin, CREATE_RULE, { i: ruleInput(node) })), ['FORBIDDEN']);
    assert.deepEqual(codes(await gql(admin, `query { alertRules(scope: NODE) { id } }`)), ['FORBIDDEN']);
    const created = await must<{ createAlertRule: { id: string; project: string | null } }>(platformAdmin, CREATE_RULE, { i: ruleInput(node) });
    assert.equal(created.createAlertRule.project, null);
    assert.deepEqual(codes(await gql(admin, `query($id: ID!) { alertRule(id: $id) { id } }`, { id: created.createAlertRule.id })), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(platformAdmin, CREATE_RULE, { i: ruleInput({ ...node, name: 'x', channelIds: [emailChannel] }) })), ['BAD_USER_INPUT'], 'a workspace channel on a node rule');
    await must(platformAdmin, `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: created.createAlertRule.id });
  });

  test('names that would inject PromQL, unknown metrics and foreign channels are BAD_USER_INPUT', async () => {
    for (const over of [
      { target: `${POD}"} or vector(1) #` },
      { target: 'Hot' },
      { metric: 'up' },
      { metric: 'node_cpu_utilisation' },
      { target: 'a'.repeat(300) },
      { forSeconds: -1 },
      { repeatIntervalSeconds: 5 },
      { name: 'bad\nname' },
      { channelIds: ['not-an-id'] },
    ]) {
      assert.deepEqual(codes(await gql(admin, CREATE_RULE, { i: ruleInput(over) })), ['BAD_USER_INPUT'], JSON.stringify(over));
    }
    const foreign = await must<{ createNotificationChannel: { id: string } }>(otherTenant, `mutation($i: NotificationChannelInput!) { createNotificationChannel(input: $i) { id } }`, {
      i: { name: 'theirs', type: 'DINGTALK', workspace: otherWs, webhook: { urlWithToken: `${sink.hooks}/dingtalk-${s}?access_token=x` } },
    });
    assert.deepEqual(codes(await gql(admin, CREATE_RULE, { i: ruleInput({ channelIds: [foreign.createNotificationChannel.id] }) })), ['BAD_USER_INPUT']);
    assert.deepEqual(codes(await gql(admin, `query($p: String) { alertMetricPreview(scope: PROJECT, project: $p, metric: "pod_cpu_usage", target: "a|b") { value } }`, { p: ns })), ['BAD_USER_INPUT']);
  });
});
