/**
 * The role matrix: every built-in role × every root operation of the client API
 * (schema/api.graphql: Query, Mutation and Subscription fields), through the gateway in front of
 * all six real subgraphs and the lab (Kubernetes with kwok, Postgres, the Jenkins stand-in
 * in-process; Elasticsearch is Elastic's own mock under the real client, as in logging's tests).
 *
 * The operation list is read from schema/api.graphql: an operation without a row fails the run,
 * and so does a row for an operation that no longer exists. Each row says, per role, what the
 * caller gets: ALLOWED (data, no error), LISTED / UNLISTED (a list that does / does not contain
 * the target), or the error code (NOT_FOUND for anything hidden or missing, FORBIDDEN for an
 * action on something the caller can see, UNAUTHENTICATED without a session).
 *
 * Tenant-scoped rows run on two targets whose grants are identical:
 * - `plain`: a workspace and project with random names;
 * - `constructor`: a workspace and a project (namespace) both named `constructor`, a member of
 *   every JS object. A grant table read as `grants[name]` would hand it to every caller
 *   (Object.prototype.constructor); the outsider column proves it does not.
 * One column is not a role but a credential: `api-token-read-only`, a platform admin's READ_ONLY
 * API token (all projects). It reads exactly what a platform admin reads and every mutation is
 * FORBIDDEN (its expectations are derived so from each row, after the table).
 * `__proto__`, `toString`, `hasOwnProperty`, `valueOf` are not DNS-1123 names, so no namespace
 * can carry them; they enter through paths that are not DNS-checked: the `member-named-grants`
 * user holds database grants on workspaces and projects with those names (so its signed identity
 * carries them as grant-table keys) and must still see exactly what an outsider sees of both
 * targets; and the last tests look those names up by query, `_entities` at the subgraphs and
 * subscription.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { Client } from '@elastic/elasticsearch';
import MockModule from '@elastic/elasticsearch-mock';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import type { Identity } from '@meridian/core';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { kubeRequest } from '@meridian/core/kube';
import { createDeployment, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, waitFor } from '@meridian/core/kube/testing';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { labEndpoints } from '../../deploy/local/lib/endpoints.ts';
import { startJenkinsStandin, type RunningStandin } from '../../deploy/local/jenkins-standin/src/server.ts';
import { signInAtLabIdp } from '../../deploy/local/oidc/src/sign-in.ts';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { start as startMonitoring } from '../../subgraphs/monitoring/src/index.ts';
import { start as startLogging } from '../../subgraphs/logging/src/index.ts';
import { start as startDevops } from '../../subgraphs/devops/src/index.ts';
import { start as startAppstore } from '../../subgraphs/appstore/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, record, wsClient, type GqlResult } from './helpers.ts';

// ---------------------------------------------------------------------------------------------
// Roles and outcomes

const ROLES = [
  'platform-admin',
  'platform-regular', // the outsider: signed in, no grant anywhere
  'platform-self-provisioner',
  'workspace-admin',
  'workspace-self-provisioner',
  'workspace-regular',
  'workspace-viewer',
  'project-admin',
  'project-operator',
  'project-viewer',
  'member-named-grants', // grants on `__proto__`, `toString`, … only: an outsider to both targets
  'api-token-read-only', // a platform admin's READ_ONLY API token
  'anonymous',
] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ALLOWED' | 'LISTED' | 'UNLISTED' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const ACCESS_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

const SIGNED_IN = ROLES.filter((r) => r !== 'anonymous');
const READ_ONLY_TOKEN: Role = 'api-token-read-only';
/** Roles that sign in with a session (the read-only token's user has one too, for setup). */
const SESSIONS = SIGNED_IN.filter((r) => r !== READ_ONLY_TOKEN);
/** Who sees the target project: platform admins, workspace admins and viewers, its members. */
const SEES_PROJECT: Role[] = ['platform-admin', 'workspace-admin', 'workspace-viewer', 'project-admin', 'project-operator', 'project-viewer'];
const EDITS_PROJECT: Role[] = ['platform-admin', 'workspace-admin', 'project-admin', 'project-operator'];
const SEES_PROJECT_READ_ONLY: Role[] = ['workspace-viewer', 'project-viewer'];
/** Who sees the target workspace: its members, members of its projects, platform admins. */
const SEES_WORKSPACE: Role[] = [...SEES_PROJECT, 'workspace-self-provisioner', 'workspace-regular'];
/** A workspace's private app templates: its members (any workspace role) and platform admins. */
const WORKSPACE_MEMBERS: Role[] = ['platform-admin', 'workspace-admin', 'workspace-self-provisioner', 'workspace-regular', 'workspace-viewer'];

/** Roles listed get that outcome; every other signed-in role `otherwise`; anonymous `anon`. */
function outcomes(listed: Partial<Record<Outcome, readonly Role[]>>, otherwise: Outcome, anon: Outcome = 'UNAUTHENTICATED'): Record<Role, Outcome> {
  const out = Object.fromEntries(ROLES.map((r) => [r, r === 'anonymous' ? anon : otherwise])) as Record<Role, Outcome>;
  for (const [outcome, roles] of Object.entries(listed) as [Outcome, Role[]][]) for (const r of roles) out[r] = outcome;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fixture state

interface Target {
  label: string;
  workspace: string;
  project: string;
  templateId: string;
}

const run = randomBytes(4).toString('hex');
const PASSWORD = `Pw-${randomBytes(6).toString('hex')}1`;
const NEW_PASSWORD = `Pw-${randomBytes(6).toString('hex')}2`;
const MEMBER_NAMES = ['__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const usernameOf = (role: Role) => `rm-${run}-${role}`;
const bystander = `rm-${run}-bystander`;
/**
 * The user each role grants a role to: one per role, because concurrent upserts of the same
 * membership row race in Postgres (a unique violation, answered as INTERNAL_SERVER_ERROR).
 */
const granteeOf = (role: Role) => `rm-${run}-grantee-${ROLES.indexOf(role)}`;

const targets: Target[] = [
  { label: 'plain', workspace: `rm-${run}`, project: `rm-${run}-p`, templateId: '' },
  { label: 'constructor', workspace: 'constructor', project: 'constructor', templateId: '' },
];
const PROBE_POD = 'probe';

const kubeconfig = labKubeconfigPath();
const kc = labKubeConfig(kubeconfig);
let db: TestDatabase;
let prisma: PrismaClient;
let standin: RunningStandin;
let subgraphs: { url: string; stop(): Promise<void> }[] = [];
let urls: Record<'tenancy' | 'workloads' | 'monitoring' | 'logging' | 'devops' | 'appstore', string>;
let gateway: RunningGateway;
const tokens = {} as Record<Role, string | undefined>;
/** The session of the read-only token's user (a platform admin), which made the token. */
let readOnlyOwnerSession: string;
const createdNamespaces: string[] = [];

// Elasticsearch: every search answers "no records" (what is asked is logging's own tests' business).
const Mock = MockModule as unknown as typeof MockModule.default;
const esMock = new Mock();
esMock.add({ method: ['GET', 'POST'], path: '/:index/_search' }, () => ({ took: 1, timed_out: false, hits: { total: { value: 0, relation: 'eq' }, hits: [] } }));
// logContext reads through a point in time: its searches find one line (the record asked for).
esMock.add({ method: 'POST', path: '/:index/_pit' }, () => ({ id: 'matrix-pit' }));
esMock.add({ method: 'DELETE', path: '/_pit' }, () => ({ succeeded: true, num_freed: 1 }));
const PROBE_LINE = { _index: 'logstash-2026.01.01', _id: 'probe-line', _source: { '@timestamp': '2026-01-01T00:00:00.000Z', log: 'INFO probe', kubernetes: { namespace_name: 'x', pod_name: PROBE_POD, container_name: 'c' } }, sort: [1, 1] };
esMock.add({ method: ['GET', 'POST'], path: '/_search' }, () => ({ took: 1, timed_out: false, hits: { total: { value: 1, relation: 'eq' }, hits: [PROBE_LINE] } }));

const call = (role: Role, query: string, variables: Record<string, unknown> = {}) => gql(gateway.url, query, variables, tokens[role]);
// Single sign-on rows use the lab's OpenID provider (oidc-carol: no group, so no mapped role).
const OIDC_CALLBACK = 'http://127.0.0.1:3999/login/oidc/callback';
const labOidc = () => ({ issuer: labEndpoints('oidc').issuer, clientId: labEndpoints('oidc').clientId, clientSecret: labEndpoints('oidc').clientSecret });
const START_OIDC = 'mutation($r: String!) { startOidcLogin(provider: "oidc", redirectUri: $r) { authorizationUrl } }';

/** A custom workspace role made by the platform admin for one caller's row (its name). */
async function roleFor(role: Role, t: Target, what: string): Promise<string> {
  const n = `mx-${what}-${ROLES.indexOf(role)}`;
  await gql(gateway.url, 'mutation($w: String!, $n: String!) { createRole(input: { scope: WORKSPACE, workspace: $w, name: $n, bundles: [VIEW_LOGS] }) { name } }', { w: t.workspace, n }, tokens['platform-admin']);
  return n;
}

async function mustCall(role: Role, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult['body']['data']> {
  const res = await call(role, query, variables);
  assert.equal(res.body.errors, undefined, `${role}: ${query}: ${JSON.stringify(res.body.errors)}`);
  return res.body.data;
}

async function mustCallWith(token: string, query: string): Promise<NonNullable<GqlResult['body']['data']>> {
  const res = await gql(gateway.url, query, {}, token);
  assert.equal(res.body.errors, undefined, `${query}: ${JSON.stringify(res.body.errors)}`);
  return res.body.data!;
}

async function signIn(username: string, password = PASSWORD): Promise<string> {
  let res = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
  // The matrix signs in many times from one address: the sign-in throttle may ask it to wait.
  for (let i = 0; i < 5 && res.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED'; i++) {
    await new Promise((r) => setTimeout(r, (Number(res.body.errors![0].extensions!.retryAfter) || 1) * 1000 + 100));
    res = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
  }
  const token = res.body.data?.login?.token;
  assert.ok(typeof token === 'string', `login of ${username}: ${JSON.stringify(res.body)}`);
  return token;
}

/** A namespace labelled as a project of `workspace` and as a DevOps project. */
async function createProjectNamespace(name: string, workspace: string): Promise<void> {
  const body = { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'meridian.io/workspace': workspace, 'meridian.io/devops-project': 'true' } } };
  // A namespace left by an earlier, interrupted run (only `constructor` can be: the other is random).
  await waitFor(
    `namespace ${name} to be created`,
    () =>
      kubeRequest(kc, { method: 'POST', path: '/api/v1/namespaces', body }).then(
        () => true,
        async (err: { statusCode?: number }) => {
          if (err.statusCode !== 409) throw err;
          await deleteNamespace(kc, name).catch(() => undefined);
          return false;
        },
      ),
    120_000,
    1_000,
  );
  createdNamespaces.push(name);
}

// ---------------------------------------------------------------------------------------------
// Observing one call

function classify(res: GqlResult, field: string, listed?: (data: unknown) => boolean): string {
  const errors = res.body.errors ?? [];
  if (errors.length) {
    const code = String(errors[0].extensions?.code);
    return ACCESS_CODES.has(code) ? code : `unexpected ${code}: ${errors[0].message}`;
  }
  const data = res.body.data?.[field];
  if (data === undefined) return `no data: ${JSON.stringify(res.body)}`;
  return listed ? (listed(data) ? 'LISTED' : 'UNLISTED') : 'ALLOWED';
}

/** Subscribes through the gateway; ALLOWED once an event with data arrives, else the error code. */
async function subscriptionOutcome(role: Role, query: string, variables: Record<string, unknown>, field: string, acceptQuietAfterMs?: number): Promise<string> {
  const ws = wsClient(gateway.wsUrl, tokens[role]);
  try {
    const rec = record(ws.client, query, variables);
    await rec.until(1, acceptQuietAfterMs ?? 20_000).catch(() => undefined);
    const errors = (rec.error ?? rec.events[0]?.errors) as { message?: string; extensions?: { code?: string } }[] | undefined;
    if (Array.isArray(errors) && errors.length) {
      const code = String(errors[0].extensions?.code);
      return ACCESS_CODES.has(code) ? code : `unexpected ${code}: ${errors[0].message}`;
    }
    if (rec.error) return `socket error: ${String((rec.error as { reason?: string }).reason ?? rec.error)}`;
    if (rec.events[0]?.data?.[field]) return 'ALLOWED';
    // A stream whose events need a change nobody makes here (alertsChanged): set up and still open.
    if (acceptQuietAfterMs !== undefined && !rec.completed) return 'ALLOWED';
    return `no event (completed: ${rec.completed})`;
  } finally {
    await ws.client.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Kubernetes kinds' mutations: project editors may, project viewers FORBIDDEN, others NOT_FOUND;
// node maintenance is for platform admins (on a tainted kwok node of this test's own).

const TEMPLATE = '{ containers: [{ image: "registry.local/meridian/demo:1" }] }';
const EDITS = () => outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND');
const matrixNode = `rm-${run}-node`;

/** An object the platform admin makes for one role's call (the caller may not be able to). */
async function adminMakes(t: Target, mutation: string, name: string): Promise<Record<string, unknown>> {
  const data = await mustCall('platform-admin', mutation, { p: t.project, n: name });
  return Object.values(data!)[0] as Record<string, unknown>;
}

let nodeMade: Promise<unknown> | undefined;
const ensureMatrixNode = () =>
  (nodeMade ??= kubeRequest(kc, {
    method: 'POST',
    path: '/api/v1/nodes',
    body: {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: matrixNode, annotations: { 'kwok.x-k8s.io/node': 'fake' }, labels: { type: 'kwok-matrix' } },
      spec: { taints: [{ key: 'meridian.io/test-node', value: matrixNode, effect: 'NoSchedule' }] },
    },
  }));

function kindMutationRows(): Row[] {
  const create = (op: string, input: string): Row => ({
    op,
    kind: 'mutation',
    tenant: true,
    expect: EDITS(),
    observe: (role, t) =>
      call(role, `mutation($p: String!, $n: String!) { ${op}(project: $p, input: ${input}, dryRun: true) { name } }`, { p: t.project, n: uniq('rm', role) }).then((res) => classify(res, op)),
  });
  const onWeb = (op: string, args = ''): Row => ({
    op,
    kind: 'mutation',
    tenant: true,
    expect: EDITS(),
    observe: q(op, `mutation($p: String!) { ${op}(${args}project: $p, name: "web") { name } }`, (t) => ({ p: t.project })),
  });
  const onOwnCronJob = (op: string): Row => ({
    op,
    kind: 'mutation',
    tenant: true,
    expect: EDITS(),
    observe: async (role, t) => {
      const name = uniq('rm-cron', role);
      await adminMakes(t, `mutation($p: String!, $n: String!) { createCronJob(project: $p, input: { name: $n, schedule: "0 3 * * *", template: ${TEMPLATE} }) { name } }`, name);
      return classify(await call(role, `mutation($p: String!, $n: String!) { ${op}(project: $p, name: $n) { name } }`, { p: t.project, n: name }), op);
    },
  });
  const onNode = (op: string, selection: string): Row => ({
    op,
    kind: 'mutation',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    observe: async (role) => {
      await ensureMatrixNode();
      return classify(await call(role, `mutation($n: String!) { ${op}(name: $n) { ${selection} } }`, { n: matrixNode }), op);
    },
  });
  return [
    create('createDeployment', `{ name: $n, replicas: 1, template: ${TEMPLATE} }`),
    create('createStatefulSet', `{ name: $n, template: ${TEMPLATE} }`),
    create('createDaemonSet', `{ name: $n, template: ${TEMPLATE} }`),
    create('createJob', `{ name: $n, template: ${TEMPLATE} }`),
    create('createCronJob', `{ name: $n, schedule: "*/5 * * * *", template: ${TEMPLATE} }`),
    create('createService', '{ name: $n, ports: [{ port: 80 }] }'),
    create('createIngress', '{ name: $n, rules: [{ host: "matrix.example.test", paths: [{ path: "/", service: "web", port: 80 }] }] }'),
    create('createConfigMap', '{ name: $n, data: [{ key: "a", value: "b" }] }'),
    create('createSecret', '{ name: $n, data: [{ key: "a", value: "b" }] }'),
    create('createPersistentVolumeClaim', '{ name: $n, storage: "1Gi" }'),
    create('createHorizontalPodAutoscaler', '{ name: $n, targetName: "web", maxReplicas: 2 }'),
    {
      op: 'applyYaml',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: q('applyYaml', 'mutation($p: String!, $y: String!) { applyYaml(project: $p, yaml: $y, dryRun: true) { name } }', (t, role) => ({
        p: t.project,
        y: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${uniq('rm-apply', role)}\ndata:\n  a: b\n`,
      })),
    },
    {
      op: 'updateObject',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) => {
        const made = await adminMakes(t, 'mutation($p: String!, $n: String!) { createConfigMap(project: $p, input: { name: $n, data: [] }) { yaml } }', uniq('rm-upd', role));
        return classify(await call(role, 'mutation($p: String!, $y: String!) { updateObject(project: $p, yaml: $y) { name } }', { p: t.project, y: made.yaml }), 'updateObject');
      },
    },
    {
      op: 'deleteObject',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) => {
        const name = uniq('rm-del', role);
        await adminMakes(t, 'mutation($p: String!, $n: String!) { createConfigMap(project: $p, input: { name: $n, data: [] }) { name } }', name);
        return classify(await call(role, 'mutation($p: String!, $n: String!) { deleteObject(kind: "ConfigMap", project: $p, name: $n) { name } }', { p: t.project, n: name }), 'deleteObject');
      },
    },
    onWeb('restartRollout', 'kind: "Deployment", '),
    {
      op: 'rollbackRollout',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) => {
        const name = uniq('rm-rb', role);
        await adminMakes(t, `mutation($p: String!, $n: String!) { createDeployment(project: $p, input: { name: $n, replicas: 0, template: ${TEMPLATE} }) { name } }`, name);
        // Its first ReplicaSet (revision 1) appears in the cache a moment later.
        await waitFor(`revision 1 of ${name}`, async () => {
          const res = await call('platform-admin', 'query($p: String!, $n: String!) { deployment(namespace: $p, name: $n) { revision } }', { p: t.project, n: name });
          return res.body.data?.deployment?.revision === 1;
        });
        await new Promise((r) => setTimeout(r, 300));
        return classify(await call(role, 'mutation($p: String!, $n: String!) { rollbackRollout(kind: "Deployment", project: $p, name: $n, revision: 1) { name } }', { p: t.project, n: name }), 'rollbackRollout');
      },
    },
    onWeb('pauseRollout'),
    onWeb('resumeRollout'),
    onOwnCronJob('suspendCronJob'),
    onOwnCronJob('resumeCronJob'),
    onOwnCronJob('runCronJob'),
    onNode('cordonNode', 'name unschedulable'),
    onNode('uncordonNode', 'name unschedulable'),
    onNode('drainNode', 'evicted'),
  ];
}

afterAll(async () => {
  if (nodeMade) await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/nodes/${matrixNode}` }).catch(() => undefined);
});

// ---------------------------------------------------------------------------------------------
// The table: one row per root operation

interface Row {
  /** Root field name in schema/api.graphql. */
  op: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** Runs once per target (tenant data) or once in all (platform operations). */
  tenant: boolean;
  expect: Record<Role, Outcome>;
  observe: (role: Role, t: Target) => Promise<string>;
}

const q = (op: string, query: string, vars: (t: Target, role: Role) => Record<string, unknown>, listed?: (data: unknown, t: Target) => boolean) =>
  (role: Role, t: Target) => call(role, query, vars(t, role)).then((res) => classify(res, op, listed && ((d) => listed(d, t))));

const uniq = (prefix: string, role: Role) => `${prefix}-${randomBytes(3).toString('hex')}-${ROLES.indexOf(role)}`;

/** Who may grant roles in, change or delete the target project. */
const MANAGES_PROJECT: Role[] = ['platform-admin', 'workspace-admin', 'project-admin'];

/** A user of its own for a row that removes, disables or deletes one (rows run side by side). */
async function freshUser(role: Role): Promise<{ id: string; username: string }> {
  const username = uniq(`rm-${run}-subject`, role);
  const u = await prisma.user.create({ data: { username, email: `${username}@example.test`, displayName: username, passwordHash: null } });
  return { id: u.id, username };
}

/** A deletion refused for its confirm (BAD_USER_INPUT) got past every access check: ALLOWED. */
const confirmRefused = (field: string) => (res: GqlResult) =>
  res.body.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' ? 'ALLOWED' : res.body.errors ? classify(res, field) : `deleted: ${JSON.stringify(res.body)}`;

// Alerting (subgraphs/monitoring/src/alerting): view-monitoring sees a project's rules, alerts and
// silences, manage-alerting changes them; a workspace's channels are listed to who sees the
// workspace and managed by its admins. Rules made here are disabled: nothing reaches Prometheus.
const SEES_WORKSPACE_ONLY = SEES_WORKSPACE.filter((r) => !['platform-admin', 'workspace-admin'].includes(r));
const MANAGES_WORKSPACE = outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE_ONLY }, 'NOT_FOUND');
const alertRuleInput = (t: Target, name: string) =>
  `{ name: "${name}", scope: PROJECT, project: "${t.project}", metric: "pod_cpu_usage", condition: GT, threshold: 100, forSeconds: 60, severity: INFO, repeatIntervalSeconds: 3600, channelIds: [], enabled: false }`;
const adminAlertRule = async (t: Target, role: Role) =>
  ((await mustCall('platform-admin', `mutation { createAlertRule(input: ${alertRuleInput(t, uniq('rm-rule', role))}) { id } }`)) as { createAlertRule: { id: string } }).createAlertRule.id;
const adminChannel = async (t: Target, role: Role) =>
  (
    (await mustCall('platform-admin', 'mutation($w: String!, $n: String!, $u: String!) { createNotificationChannel(input: { name: $n, type: WEBHOOK, workspace: $w, webhook: { urlWithToken: $u } }) { id } }', {
      w: t.workspace,
      n: uniq('rm-channel', role),
      u: `${labEndpoints('smtp').hooks}/role-matrix-${run}`,
    })) as { createNotificationChannel: { id: string } }
  ).createNotificationChannel.id;
const SILENCE_ENDS = () => new Date(Date.now() + 3600_000).toISOString();

function alertingRows(): Row[] {
  const seesProject = outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND');
  return [
    { op: 'alertMetrics', kind: 'query', tenant: false, expect: outcomes({}, 'ALLOWED'), observe: q('alertMetrics', '{ alertMetrics(scope: PROJECT) { name unit } }', () => ({})) },
    { op: 'alertRules', kind: 'query', tenant: true, expect: seesProject, observe: q('alertRules', 'query($p: String) { alertRules(project: $p) { id name } }', (t) => ({ p: t.project })) },
    {
      op: 'alertRule',
      kind: 'query',
      tenant: true,
      expect: seesProject,
      observe: async (role, t) => classify(await call(role, 'query($id: ID!) { alertRule(id: $id) { id viewerCanManage } }', { id: await adminAlertRule(t, role) }), 'alertRule'),
    },
    {
      op: 'alertMetricPreview',
      kind: 'query',
      tenant: true,
      expect: seesProject,
      observe: q('alertMetricPreview', 'query($p: String) { alertMetricPreview(scope: PROJECT, project: $p, metric: "pod_cpu_usage") { target value } }', (t) => ({ p: t.project })),
    },
    { op: 'alerts', kind: 'query', tenant: true, expect: seesProject, observe: q('alerts', 'query($p: String) { alerts(project: $p, first: 5) { totalCount } }', (t) => ({ p: t.project })) },
    { op: 'alertSilences', kind: 'query', tenant: true, expect: seesProject, observe: q('alertSilences', 'query($p: String) { alertSilences(project: $p) { id } }', (t) => ({ p: t.project })) },
    {
      op: 'notificationChannels',
      kind: 'query',
      tenant: true,
      expect: outcomes({ ALLOWED: SEES_WORKSPACE }, 'NOT_FOUND'),
      observe: q('notificationChannels', 'query($w: String) { notificationChannels(workspace: $w) { id name } }', (t) => ({ w: t.workspace })),
    },
    {
      op: 'createAlertRule',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) => classify(await call(role, `mutation { createAlertRule(input: ${alertRuleInput(t, uniq('rm-rule', role))}) { id } }`), 'createAlertRule'),
    },
    {
      op: 'updateAlertRule',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) =>
        classify(await call(role, `mutation($id: ID!) { updateAlertRule(id: $id, input: ${alertRuleInput(t, uniq('rm-rule', role))}) { id } }`, { id: await adminAlertRule(t, role) }), 'updateAlertRule'),
    },
    {
      op: 'deleteAlertRule',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) => classify(await call(role, 'mutation($id: ID!) { deleteAlertRule(id: $id) }', { id: await adminAlertRule(t, role) }), 'deleteAlertRule'),
    },
    {
      op: 'createAlertSilence',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) =>
        classify(await call(role, 'mutation($r: ID!, $e: String!) { createAlertSilence(ruleId: $r, endsAt: $e) { id } }', { r: await adminAlertRule(t, role), e: SILENCE_ENDS() }), 'createAlertSilence'),
    },
    {
      op: 'expireAlertSilence',
      kind: 'mutation',
      tenant: true,
      expect: EDITS(),
      observe: async (role, t) => {
        const made = (await mustCall('platform-admin', 'mutation($r: ID!, $e: String!) { createAlertSilence(ruleId: $r, endsAt: $e) { id } }', { r: await adminAlertRule(t, role), e: SILENCE_ENDS() })) as {
          createAlertSilence: { id: string };
        };
        return classify(await call(role, 'mutation($id: ID!) { expireAlertSilence(id: $id) }', { id: made.createAlertSilence.id }), 'expireAlertSilence');
      },
    },
    {
      op: 'createNotificationChannel',
      kind: 'mutation',
      tenant: true,
      expect: MANAGES_WORKSPACE,
      observe: async (role, t) =>
        classify(
          await call(role, 'mutation($w: String!, $n: String!) { createNotificationChannel(input: { name: $n, type: SLACK, workspace: $w, webhook: { urlWithToken: "https://hooks.example.test/services/x" } }) { id } }', {
            w: t.workspace,
            n: uniq('rm-channel', role),
          }),
          'createNotificationChannel',
        ),
    },
    {
      op: 'deleteNotificationChannel',
      kind: 'mutation',
      tenant: true,
      expect: MANAGES_WORKSPACE,
      observe: async (role, t) => classify(await call(role, 'mutation($id: ID!) { deleteNotificationChannel(id: $id) }', { id: await adminChannel(t, role) }), 'deleteNotificationChannel'),
    },
    {
      op: 'testNotificationChannel',
      kind: 'mutation',
      tenant: true,
      expect: MANAGES_WORKSPACE,
      observe: async (role, t) => classify(await call(role, 'mutation($id: ID!) { testNotificationChannel(id: $id) { status } }', { id: await adminChannel(t, role) }), 'testNotificationChannel'),
    },
    {
      op: 'alertsChanged',
      kind: 'subscription',
      tenant: true,
      expect: seesProject,
      // Events need an alert to change; allowed callers are those whose stream is set up and open.
      observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String) { alertsChanged(project: $p) { alert { id state } } }', { p: t.project }, 'alertsChanged', 5_000),
    },
  ];
}

const ROWS: Row[] = [
  // Queries
  {
    op: 'appTemplates',
    kind: 'query',
    tenant: true,
    expect: outcomes({ LISTED: WORKSPACE_MEMBERS }, 'UNLISTED'),
    observe: q('appTemplates', 'query($w: String) { appTemplates(first: 50, filter: { workspace: $w }) { edges { node { id } } } }', (t) => ({ w: t.workspace }), (d, t) =>
      (d as { edges: { node: { id: string } }[] }).edges.some((e) => e.node.id === t.templateId),
    ),
  },
  {
    op: 'appTemplate',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: WORKSPACE_MEMBERS }, 'NOT_FOUND'),
    observe: q('appTemplate', 'query($id: ID!) { appTemplate(id: $id) { id versions { version } } }', (t) => ({ id: t.templateId })),
  },
  {
    op: 'devopsProjects',
    kind: 'query',
    tenant: true,
    // Workspace members who do not see the project get an empty list; non-members, NOT_FOUND.
    expect: outcomes({ LISTED: SEES_PROJECT, UNLISTED: ['workspace-self-provisioner', 'workspace-regular'] }, 'NOT_FOUND'),
    observe: q('devopsProjects', 'query($w: String!) { devopsProjects(workspace: $w, first: 500) { nodes { name } } }', (t) => ({ w: t.workspace }), (d, t) =>
      (d as { nodes: { name: string }[] }).nodes.some((p) => p.name === t.project),
    ),
  },
  {
    op: 'devopsProject',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('devopsProject', 'query($p: String!) { devopsProject(name: $p) { name workspace } }', (t) => ({ p: t.project })),
  },
  {
    op: 'searchLogs',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('searchLogs', 'query($p: String!) { searchLogs(filter: { namespaces: [$p] }) { totalCount } }', (t) => ({ p: t.project })),
  },
  {
    op: 'logContext',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('logContext', 'query($p: String!) { logContext(project: $p, id: "probe-line", before: 2, after: 2) { hit { id } } }', (t) => ({ p: t.project })),
  },
  {
    op: 'searchEvents',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('searchEvents', 'query($p: String!) { searchEvents(project: $p) { totalCount } }', (t) => ({ p: t.project })),
  },
  {
    // Audit records in Elasticsearch: platform, workspace and project admins read the project's;
    // others who see the project are refused, those who do not are told it is not there.
    op: 'searchAuditEvents',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin', 'project-admin'], FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: q('searchAuditEvents', 'query($p: String!) { searchAuditEvents(filter: { projects: [$p] }) { totalCount } }', (t) => ({ p: t.project })),
  },
  {
    op: 'me',
    kind: 'query',
    tenant: false,
    expect: outcomes({}, 'ALLOWED', 'ALLOWED'), // null for an anonymous caller, not an error
    observe: q('me', '{ me { username } }', () => ({})),
  },
  {
    op: 'myApiTokens',
    kind: 'query',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    observe: q('myApiTokens', '{ myApiTokens(first: 5) { totalCount edges { node { id status } } } }', () => ({})),
  },
  {
    op: 'workspaces',
    kind: 'query',
    tenant: true,
    expect: outcomes({ LISTED: SEES_WORKSPACE }, 'UNLISTED'),
    observe: q('workspaces', 'query($w: String) { workspaces(first: 50, filter: { name: $w }) { edges { node { name } } } }', (t) => ({ w: t.workspace }), (d, t) =>
      (d as { edges: { node: { name: string } }[] }).edges.some((e) => e.node.name === t.workspace),
    ),
  },
  {
    op: 'workspace',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_WORKSPACE }, 'NOT_FOUND'),
    observe: q('workspace', 'query($w: String!) { workspace(name: $w) { name } }', (t) => ({ w: t.workspace })),
  },
  {
    op: 'project',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    // Fields of three subgraphs: the entity is authorized in each.
    observe: q('project', 'query($p: String!) { project(name: $p) { name pods(first: 5) { totalCount } metrics { podCount } } }', (t) => ({ p: t.project })),
  },
  {
    op: 'users',
    kind: 'query',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    observe: q('users', '{ users(first: 1) { totalCount } }', () => ({})),
  },
  {
    // Platform admins read every record, workspace admins their workspace's; others who see the
    // workspace are refused, those who do not are told it is not there.
    op: 'auditEvents',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE.filter((r) => r !== 'platform-admin' && r !== 'workspace-admin') }, 'NOT_FOUND'),
    observe: q('auditEvents', 'query($w: String!) { auditEvents(filter: { workspace: $w }, first: 5) { totalCount edges { node { id operation result } } } }', (t) => ({ w: t.workspace })),
  },
  {
    op: 'kubeKinds',
    kind: 'query',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    observe: q('kubeKinds', '{ kubeKinds { kind } }', () => ({})),
  },
  {
    op: 'pod',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('pod', 'query($p: String!, $n: String!) { pod(namespace: $p, name: $n) { name logs(tailLines: 1) { container } } }', (t) => ({ p: t.project, n: PROBE_POD })),
  },
  {
    op: 'deployment',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('deployment', 'query($p: String!) { deployment(namespace: $p, name: "web") { name replicas } }', (t) => ({ p: t.project })),
  },

  // Monitoring (subgraphs/monitoring): cluster series for platform admins, ranking scoped by view-monitoring.
  {
    op: 'clusterMetrics',
    kind: 'query',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    observe: q('clusterMetrics', '{ clusterMetrics(names: ["cluster_node_total", "apiserver_request_rate"]) { name value } }', () => ({})),
  },
  {
    op: 'metricCatalog',
    kind: 'query',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    observe: q('metricCatalog', '{ metricCatalog(level: POD) { name unit } }', () => ({})),
  },
  {
    op: 'metricRanking',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('metricRanking', 'query($p: String!) { metricRanking(level: POD, metric: CPU, project: $p, first: 5) { totalCount nodes { name value } } }', (t) => ({ p: t.project })),
  },
  ...alertingRows(),

  // Kubernetes kinds (subgraphs/workloads, packages/core/src/kube/kinds/)
  {
    op: 'kubeObject',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('kubeObject', 'query($p: String!) { kubeObject(kind: "Deployment", project: $p, name: "web") { name status { status } ... on Deployment { replicas } } }', (t) => ({ p: t.project })),
  },
  ...(['nodes', 'persistentVolumes', 'storageClasses'] as const).map(
    (op): Row => ({
      op,
      kind: 'query',
      tenant: false,
      expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
      observe: q(op, `{ ${op}(first: 5) { totalCount nodes { name status { status } } } }`, () => ({})),
    }),
  ),

  // Subscriptions
  {
    op: 'pipelineRunLog',
    kind: 'subscription',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String!) { pipelineRunLog(project: $p, pipeline: "build", run: 1) { text } }', { p: t.project }, 'pipelineRunLog'),
  },
  {
    op: 'pipelineRunChanged',
    kind: 'subscription',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    // Events come only when a run changes: an allowed subscription is set up and stays open.
    observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String!) { pipelineRunChanged(project: $p, pipeline: "build") { id } }', { p: t.project }, 'pipelineRunChanged', 1500),
  },
  {
    op: 'podLogTail',
    kind: 'subscription',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String!, $n: String!) { podLogTail(namespace: $p, pod: $n, tailLines: 1) { message } }', { p: t.project, n: PROBE_POD }, 'podLogTail'),
  },
  {
    op: 'logTail',
    kind: 'subscription',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    // Lines come only when the pipeline carries some: set up (consumer joined) and still open.
    observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String!) { logTail(project: $p) { message } }', { p: t.project }, 'logTail', 5_000),
  },
  {
    op: 'podStatusChanged',
    kind: 'subscription',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    // Events come from changes: pods are added to the project while the subscriptions wait.
    observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String!) { podStatusChanged(project: $p) { type pod { name } } }', { p: t.project }, 'podStatusChanged'),
  },
  {
    op: 'resourceChanged',
    kind: 'subscription',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    // Events come from changes: pods are added to the project while the subscriptions wait.
    observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String!) { resourceChanged(kind: "Pod", project: $p) { type object { name } } }', { p: t.project }, 'resourceChanged'),
  },
  {
    op: 'clusterResourceChanged',
    kind: 'subscription',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    // Events come from changes: the matrix node is relabelled while the subscriptions wait.
    observe: async (role) => {
      await ensureMatrixNode();
      return subscriptionOutcome(role, 'subscription($n: String!) { clusterResourceChanged(kind: "Node", filter: { name: $n }) { type object { name } } }', { n: matrixNode }, 'clusterResourceChanged');
    },
  },
  {
    op: 'events',
    kind: 'subscription',
    tenant: true,
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    // The probe pod's recorded events (the scheduler's Scheduled) arrive first.
    observe: (role, t) => subscriptionOutcome(role, 'subscription($p: String!, $n: String!) { events(kind: "Pod", namespace: $p, name: $n) { type event { reason } } }', { p: t.project, n: PROBE_POD }, 'events'),
  },

  // Mutations (changePassword last: it ends the caller's other sessions)
  {
    op: 'createApiToken',
    kind: 'mutation',
    tenant: true,
    // A token limited to the target project: only those who see it may name it.
    expect: outcomes({ ALLOWED: SEES_PROJECT }, 'NOT_FOUND'),
    observe: q('createApiToken', 'mutation($p: String!) { createApiToken(input: { name: "matrix", scope: READ_ONLY, projects: [$p], expiresInDays: 1 }) { apiToken { id } } }', (t) => ({ p: t.project })),
  },
  {
    op: 'revokeApiToken',
    kind: 'mutation',
    tenant: false,
    // Each caller revokes a token of its own user (made with that user's session just before).
    expect: outcomes({}, 'ALLOWED'),
    observe: async (role) => {
      const session = role === 'anonymous' ? tokens['platform-admin'] : role === READ_ONLY_TOKEN ? readOnlyOwnerSession : tokens[role];
      const made = await gql(gateway.url, 'mutation { createApiToken(input: { name: "to-revoke", scope: READ_WRITE, expiresInDays: 1 }) { apiToken { id } } }', {}, session);
      const id = made.body.data?.createApiToken?.apiToken?.id;
      if (!id) return `no token to revoke: ${JSON.stringify(made.body)}`;
      return classify(await call(role, 'mutation($id: ID!) { revokeApiToken(id: $id) { status } }', { id }), 'revokeApiToken');
    },
  },
  {
    op: 'runPipeline',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    observe: q('runPipeline', 'mutation($p: String!) { runPipeline(project: $p, pipeline: "build") { id } }', (t) => ({ p: t.project })),
  },
  // DevOps (issue #12): manage-pipelines changes pipelines and credentials, view-pipelines sees
  // them; the project's delete is a setting. Jobs and credentials are made in the stand-in.
  {
    op: 'createCredential',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    observe: q('createCredential', 'mutation($p: String!, $i: String!) { createCredential(project: $p, input: { id: $i, secretText: { secret: "matrix" } }) { id } }', (t, role) => ({ p: t.project, i: uniq('cred', role) })),
  },
  {
    op: 'deleteCredential',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    observe: async (role, t) => {
      const i = uniq('cred', role);
      await mustCall('platform-admin', 'mutation($p: String!, $i: String!) { createCredential(project: $p, input: { id: $i, secretText: { secret: "matrix" } }) { id } }', { p: t.project, i });
      return classify(await call(role, 'mutation($p: String!, $i: String!) { deleteCredential(project: $p, id: $i) }', { p: t.project, i }), 'deleteCredential');
    },
  },
  ...(['createPipeline', 'updatePipeline', 'deletePipeline'] as const).map(
    (op): Row => ({
      op,
      kind: 'mutation',
      tenant: true,
      expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
      observe: async (role, t) => {
        const input = (n: string) => ({ name: n, jenkinsfile: "pipeline { agent any\n stages { stage('A') { steps { echo 'a' } } } }" });
        const CREATE = 'mutation($p: String!, $i: PipelineInput!) { createPipeline(project: $p, input: $i) { name } }';
        const n = uniq('pipe', role);
        if (op === 'createPipeline') return classify(await call(role, CREATE, { p: t.project, i: input(n) }), op);
        await mustCall('platform-admin', CREATE, { p: t.project, i: input(n) });
        if (op === 'updatePipeline') return classify(await call(role, 'mutation($p: String!, $i: PipelineInput!) { updatePipeline(project: $p, input: $i) { name } }', { p: t.project, i: input(n) }), op);
        return classify(await call(role, 'mutation($p: String!, $n: String!) { deletePipeline(project: $p, pipeline: $n) }', { p: t.project, n }), op);
      },
    }),
  ),
  {
    op: 'createSourceToImage',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    observe: q(
      'createSourceToImage',
      'mutation($p: String!, $n: String!) { createSourceToImage(project: $p, input: { name: $n, gitUrl: "https://git.example.test/app.git", builderImage: "builder:1", targetImage: "registry.example.test/app" }) { name } }',
      (t, role) => ({ p: t.project, n: uniq('s2i', role) }),
    ),
  },
  {
    op: 'stopPipelineRun',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    observe: q('stopPipelineRun', 'mutation($p: String!) { stopPipelineRun(project: $p, pipeline: "build", run: 1) { status } }', (t) => ({ p: t.project })),
  },
  {
    op: 'replayPipelineRun',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    observe: q('replayPipelineRun', 'mutation($p: String!) { replayPipelineRun(project: $p, pipeline: "build", run: 1) { id } }', (t) => ({ p: t.project })),
  },
  {
    op: 'submitPipelineInput',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    // Run 1 waits for no input: "no such waiting input step" comes only after the access checks.
    observe: (role, t) =>
      call(role, 'mutation($p: String!) { submitPipelineInput(project: $p, pipeline: "build", run: 1, inputId: "none", action: APPROVE) { id } }', { p: t.project }).then((res) =>
        /Waiting input step/.test(res.body.errors?.[0]?.message ?? '') ? 'ALLOWED' : classify(res, 'submitPipelineInput'),
      ),
  },
  {
    op: 'createDevOpsProject',
    kind: 'mutation',
    tenant: true,
    expect: outcomes(
      { ALLOWED: ['platform-admin', 'workspace-admin', 'workspace-self-provisioner'], FORBIDDEN: ['workspace-regular', 'workspace-viewer', 'project-admin', 'project-operator', 'project-viewer'] },
      'NOT_FOUND',
    ),
    observe: async (role, t) => {
      const name = uniq(`rm-${run}-dv`, role);
      const res = await call(role, 'mutation($w: String!, $n: String!) { createDevOpsProject(workspace: $w, name: $n) { name } }', { w: t.workspace, n: name });
      if (!res.body.errors) createdNamespaces.push(name);
      return classify(res, 'createDevOpsProject');
    },
  },
  {
    op: 'deleteDevOpsProject',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: (role, t) => call(role, 'mutation($p: String!) { deleteDevOpsProject(name: $p, confirm: "not-its-name") }', { p: t.project }).then(confirmRefused('deleteDevOpsProject')),
  },
  {
    op: 'scaleDeployment',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: EDITS_PROJECT, FORBIDDEN: SEES_PROJECT_READ_ONLY }, 'NOT_FOUND'),
    observe: q('scaleDeployment', 'mutation($p: String!) { scaleDeployment(namespace: $p, name: "web", replicas: 0) { replicas } }', (t) => ({ p: t.project })),
  },
  ...kindMutationRows(),
  {
    op: 'createProject',
    kind: 'mutation',
    tenant: true,
    // Those who see the workspace but may not create in it: FORBIDDEN; everyone else: NOT_FOUND.
    expect: outcomes(
      { ALLOWED: ['platform-admin', 'workspace-admin', 'workspace-self-provisioner'], FORBIDDEN: ['workspace-regular', 'workspace-viewer', 'project-admin', 'project-operator', 'project-viewer'] },
      'NOT_FOUND',
    ),
    observe: async (role, t) => {
      const name = uniq(`rm-${run}`, role);
      const res = await call(role, 'mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: t.workspace, n: name });
      if (!res.body.errors) createdNamespaces.push(name);
      return classify(res, 'createProject');
    },
  },
  {
    op: 'addWorkspaceMember',
    kind: 'mutation',
    tenant: true,
    expect: outcomes(
      { ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: ['workspace-self-provisioner', 'workspace-regular', 'workspace-viewer', 'project-admin', 'project-operator', 'project-viewer'] },
      'NOT_FOUND',
    ),
    observe: q('addWorkspaceMember', 'mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_VIEWER) { role } }', (t, role) => ({
      w: t.workspace,
      u: granteeOf(role),
    })),
  },
  {
    op: 'addProjectMember',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin', 'project-admin'], FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: q('addProjectMember', 'mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: VIEWER) { role } }', (t, role) => ({ p: t.project, u: granteeOf(role) })),
  },
  // Roles (issue #9): listing is for those who grant there; custom roles are managed by workspace admins only.
  {
    op: 'permissionBundles',
    kind: 'query',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    observe: q('permissionBundles', '{ permissionBundles { bundle } }', () => ({})),
  },
  {
    op: 'roles',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: q('roles', 'query($p: String!) { roles(scope: PROJECT, project: $p) { totalCount } }', (t) => ({ p: t.project })),
  },
  {
    op: 'createRole',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: ['workspace-self-provisioner', 'workspace-regular', 'workspace-viewer', 'project-admin', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: q('createRole', 'mutation($w: String!, $n: String!) { createRole(input: { scope: WORKSPACE, workspace: $w, name: $n, bundles: [VIEW_LOGS] }) { name } }', (t, role) => ({ w: t.workspace, n: uniq('mx', role) })),
  },
  {
    op: 'updateRole',
    kind: 'mutation',
    tenant: true,
    // Each caller changes a role the platform admin made for it just before.
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: ['workspace-self-provisioner', 'workspace-regular', 'workspace-viewer', 'project-admin', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: async (role, t) => {
      const n = await roleFor(role, t, 'up');
      return classify(await call(role, 'mutation($w: String!, $n: String!) { updateRole(scope: WORKSPACE, workspace: $w, name: $n, input: { bundles: [VIEW_WORKLOADS] }) { name } }', { w: t.workspace, n }), 'updateRole');
    },
  },
  {
    op: 'deleteRole',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: ['workspace-self-provisioner', 'workspace-regular', 'workspace-viewer', 'project-admin', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: async (role, t) => {
      const n = await roleFor(role, t, 'del');
      return classify(await call(role, 'mutation($w: String!, $n: String!) { deleteRole(scope: WORKSPACE, workspace: $w, name: $n) }', { w: t.workspace, n }), 'deleteRole');
    },
  },
  {
    op: 'createWorkspace',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin', 'platform-self-provisioner'] }, 'FORBIDDEN'),
    observe: q('createWorkspace', 'mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', (_t, role) => ({ n: uniq(`rm-${run}-w`, role) })),
  },
  {
    op: 'createUser',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    observe: (role) => {
      const u = uniq(`rm-${run}-new`, role);
      return call(role, 'mutation($u: String!, $e: String!, $p: String!) { createUser(input: { username: $u, email: $e, password: $p }) { username } }', { u, e: `${u}@example.test`, p: PASSWORD }).then(
        (res) => classify(res, 'createUser'),
      );
    },
  },
  {
    op: 'setUserPlatformRole',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    observe: q('setUserPlatformRole', 'mutation($u: String!) { setUserPlatformRole(username: $u, role: PLATFORM_REGULAR) { username } }', () => ({ u: bystander })),
  },
  // Lifecycle (issue #9). Deletions get a wrong confirm: BAD_USER_INPUT comes only after the
  // access checks passed, so it counts as ALLOWED and the shared targets stay.
  {
    op: 'workspaceMembers',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE.filter((r) => r !== 'platform-admin' && r !== 'workspace-admin') }, 'NOT_FOUND'),
    observe: q('workspaceMembers', 'query($w: String!) { workspaceMembers(workspace: $w, first: 5) { totalCount } }', (t) => ({ w: t.workspace })),
  },
  {
    op: 'projectMembers',
    kind: 'query',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: q('projectMembers', 'query($p: String!) { projectMembers(project: $p, first: 5) { totalCount } }', (t) => ({ p: t.project })),
  },
  {
    op: 'updateWorkspace',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE.filter((r) => r !== 'platform-admin' && r !== 'workspace-admin') }, 'NOT_FOUND'),
    observe: q('updateWorkspace', 'mutation($w: String!) { updateWorkspace(name: $w, input: { description: "matrix" }) { name } }', (t) => ({ w: t.workspace })),
  },
  {
    op: 'deleteWorkspace',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE.filter((r) => r !== 'platform-admin' && r !== 'workspace-admin') }, 'NOT_FOUND'),
    observe: (role, t) => call(role, 'mutation($w: String!) { deleteWorkspace(name: $w, confirm: ["not-its-project"]) }', { w: t.workspace }).then(confirmRefused('deleteWorkspace')),
  },
  {
    op: 'removeWorkspaceMember',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE.filter((r) => r !== 'platform-admin' && r !== 'workspace-admin') }, 'NOT_FOUND'),
    observe: async (role, t) => {
      const u = await freshUser(role);
      await prisma.workspaceMember.create({ data: { workspaceName: t.workspace, userId: u.id, role: 'workspace-viewer' } });
      return classify(await call(role, 'mutation($w: String!, $u: String!) { removeWorkspaceMember(workspace: $w, username: $u) }', { w: t.workspace, u: u.username }), 'removeWorkspaceMember');
    },
  },
  {
    op: 'updateProject',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: q('updateProject', 'mutation($p: String!) { updateProject(name: $p, input: { description: "matrix" }) { name } }', (t) => ({ p: t.project })),
  },
  {
    op: 'deleteProject',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: (role, t) => call(role, 'mutation($p: String!) { deleteProject(name: $p, confirm: "not-its-name") }', { p: t.project }).then(confirmRefused('deleteProject')),
  },
  // Quotas and isolation (issue #9). Quota rows send an unknown resource: BAD_USER_INPUT comes
  // only after the access checks passed, so it counts as ALLOWED and the targets keep no quota.
  // Isolation rows switch it off, which it already is: allowed callers change nothing.
  {
    op: 'setProjectQuota',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: (role, t) =>
      call(role, 'mutation($p: String!) { setProjectQuota(project: $p, input: { hard: [{ resource: "matrix", hard: "1" }] }) { name } }', { p: t.project }).then(confirmRefused('setProjectQuota')),
  },
  {
    op: 'setProjectLimitRange',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: (role, t) =>
      call(role, 'mutation($p: String!) { setProjectLimitRange(project: $p, input: { defaultLimitCpu: "matrix" }) { name } }', { p: t.project }).then(confirmRefused('setProjectLimitRange')),
  },
  {
    op: 'setProjectNetworkIsolation',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: q('setProjectNetworkIsolation', 'mutation($p: String!) { setProjectNetworkIsolation(project: $p, enabled: false) { networkIsolated } }', (t) => ({ p: t.project })),
  },
  {
    op: 'setWorkspaceQuota',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE.filter((r) => r !== 'platform-admin' && r !== 'workspace-admin') }, 'NOT_FOUND'),
    observe: (role, t) =>
      call(role, 'mutation($w: String!) { setWorkspaceQuota(workspace: $w, input: { hard: [{ resource: "matrix", hard: "1" }] }) { name } }', { w: t.workspace }).then(confirmRefused('setWorkspaceQuota')),
  },
  {
    op: 'setWorkspaceNetworkIsolation',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: ['platform-admin', 'workspace-admin'], FORBIDDEN: SEES_WORKSPACE.filter((r) => r !== 'platform-admin' && r !== 'workspace-admin') }, 'NOT_FOUND'),
    observe: q('setWorkspaceNetworkIsolation', 'mutation($w: String!) { setWorkspaceNetworkIsolation(workspace: $w, enabled: false) { networkIsolated } }', (t) => ({ w: t.workspace })),
  },
  {
    op: 'removeProjectMember',
    kind: 'mutation',
    tenant: true,
    expect: outcomes({ ALLOWED: MANAGES_PROJECT, FORBIDDEN: ['workspace-viewer', 'project-operator', 'project-viewer'] }, 'NOT_FOUND'),
    observe: async (role, t) => {
      const u = await freshUser(role);
      const uid = (await kubeRequest<{ metadata: { uid: string } }>(kc, { path: `/api/v1/namespaces/${t.project}` })).metadata.uid;
      await prisma.projectMember.create({ data: { namespace: t.project, namespaceUid: uid, userId: u.id, role: 'viewer' } });
      return classify(await call(role, 'mutation($p: String!, $u: String!) { removeProjectMember(project: $p, username: $u) }', { p: t.project, u: u.username }), 'removeProjectMember');
    },
  },
  ...(['disableUser', 'enableUser', 'deleteUser'] as const).map(
    (op): Row => ({
      op,
      kind: 'mutation',
      tenant: false,
      expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
      observe: async (role) => {
        const u = await freshUser(role);
        const selection = op === 'deleteUser' ? '' : ' { username }';
        return classify(await call(role, `mutation($u: String!) { ${op}(username: $u)${selection} }`, { u: u.username }), op);
      },
    }),
  ),
  {
    op: 'loginMethods',
    kind: 'query',
    tenant: false,
    expect: outcomes({}, 'ALLOWED', 'ALLOWED'), // the login page asks before anyone signed in
    observe: q('loginMethods', '{ loginMethods { kind id displayName } }', () => ({})),
  },
  {
    op: 'mySessions',
    kind: 'query',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    observe: q('mySessions', '{ mySessions(first: 5) { totalCount edges { node { id current } } } }', () => ({})),
  },
  {
    op: 'startOidcLogin',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({}, 'ALLOWED', 'ALLOWED'),
    observe: (role) => call(role, START_OIDC, { r: OIDC_CALLBACK }).then((res) => classify(res, 'startOidcLogin')),
  },
  {
    op: 'finishOidcLogin',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({}, 'ALLOWED', 'ALLOWED'), // a sign-in: whoever calls, the provider's person gets the session
    observe: async (role) => {
      // Started anonymously (as a browser does), finished by the role's caller.
      const started = await gql(gateway.url, START_OIDC, { r: OIDC_CALLBACK });
      const url = started.body.data?.startOidcLogin?.authorizationUrl;
      if (!url) return `no sign-in started: ${JSON.stringify(started.body)}`;
      const callbackUrl = await signInAtLabIdp(url, 'oidc-carol', 'carol-oidc-password');
      return classify(await call(role, 'mutation($u: String!) { finishOidcLogin(callbackUrl: $u) { token } }', { u: callbackUrl }), 'finishOidcLogin');
    },
  },
  {
    op: 'groupRoleMappings',
    kind: 'query',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    observe: q('groupRoleMappings', '{ groupRoleMappings { id group fromFile } }', () => ({})),
  },
  {
    op: 'createGroupRoleMapping',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    observe: (role) =>
      call(role, 'mutation($g: String!) { createGroupRoleMapping(input: { group: $g, platformRole: "platform-regular" }) { id } }', { g: uniq('rm', role) }).then((res) =>
        classify(res, 'createGroupRoleMapping'),
      ),
  },
  {
    op: 'deleteGroupRoleMapping',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({ ALLOWED: ['platform-admin'] }, 'FORBIDDEN'),
    // The platform admin adds one for each caller to try.
    observe: async (role) => {
      const made = await mustCall('platform-admin', 'mutation($g: String!) { createGroupRoleMapping(input: { group: $g, platformRole: "platform-regular" }) { id } }', { g: uniq('rm', role) });
      const id = (made!.createGroupRoleMapping as { id: string }).id;
      return classify(await call(role, 'mutation($id: ID!) { deleteGroupRoleMapping(id: $id) }', { id }), 'deleteGroupRoleMapping');
    },
  },
  {
    op: 'revokeSession',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    // Each caller ends a session of its own user, opened for this row.
    observe: async (role) => {
      const user = usernameOf(role === 'anonymous' || role === READ_ONLY_TOKEN ? 'platform-admin' : role);
      const extra = await signIn(user);
      // The session just opened (`current` for its token), not the user's newest: three callers
      // share the admin's user and open theirs at once; revoking another's ended it (CI 19:20).
      const listed = await gql(gateway.url, '{ mySessions(first: 500) { edges { node { id current } } } }', {}, extra);
      const id = (listed.body.data?.mySessions?.edges as { node: { id: string; current: boolean } }[] | undefined)?.find((e) => e.node.current)?.node.id;
      if (!id) return `no session to revoke: ${JSON.stringify(listed.body)}`;
      return classify(await call(role, 'mutation($id: ID!) { revokeSession(id: $id) }', { id }), 'revokeSession');
    },
  },
  {
    op: 'login',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({}, 'ALLOWED', 'ALLOWED'), // the anonymous caller signs in as the admin
    observe: async (role) => {
      const login = () => call(role, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: usernameOf(role === 'anonymous' ? 'platform-admin' : role), p: PASSWORD });
      let res = await login();
      // The anonymous caller and the admin sign in as the same user at once, after the matrix's
      // many sign-ins: the throttle may ask one to wait, which is not what this row is about.
      for (let i = 0; i < 5 && res.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED'; i++) {
        await new Promise((r) => setTimeout(r, (Number(res.body.errors![0].extensions!.retryAfter) || 1) * 1000 + 100));
        res = await login();
      }
      return classify(res, 'login');
    },
  },
  {
    op: 'logout',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    // A session of its own, so that the role's token keeps working for the other rows.
    observe: async (role) => {
      const token = role === 'anonymous' ? undefined : role === READ_ONLY_TOKEN ? tokens[role] : await signIn(usernameOf(role));
      return classify(await gql(gateway.url, 'mutation { logout }', {}, token), 'logout');
    },
  },
  {
    op: 'changePassword',
    kind: 'mutation',
    tenant: false,
    expect: outcomes({}, 'ALLOWED'),
    observe: q('changePassword', 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }', () => ({ o: PASSWORD, n: NEW_PASSWORD })),
  },
];

// A READ_ONLY API token of a platform admin reads as its user does and changes nothing.
for (const row of ROWS) row.expect[READ_ONLY_TOKEN] = row.kind === 'mutation' ? 'FORBIDDEN' : row.expect['platform-admin'];

// ---------------------------------------------------------------------------------------------
// Fixtures

beforeAll(async () => {
  db = await createTestDatabase('rolematrix');
  prisma = createPrisma(db.url);

  standin = await startJenkinsStandin({
    port: 0,
    users: { meridian: 'matrix-token' },
    quietPeriodMs: 50,
    seed: {
      items: targets.map((t) => ({
        folder: t.project,
        items: [{ pipeline: 'build', stages: [{ name: 'Build', durationMs: 50, logs: ['built'] }], history: [{ ageMs: 10_000 }] }],
      })),
    },
  });
  const prometheus = (() => {
    try {
      return labEndpoints('prometheus').url;
    } catch {
      return 'http://127.0.0.1:9090'; // only Project.metrics needs it; it then fails alone
    }
  })();
  const running = await Promise.all([
    startTenancy({ port: 0, databaseUrl: db.url, kubeconfig, ldap: false, oidc: { ...labOidc(), displayName: 'Lab IdP', redirectUris: [OIDC_CALLBACK] } }),
    startWorkloads({ port: 0, kubeconfig }),
    startMonitoring({ port: 0, kubeconfig, prometheusUrl: prometheus, databaseUrl: db.url, alerting: { removeOnStop: true } }),
    startLogging({ port: 0, kubeconfig, elasticsearchClient: new Client({ node: 'http://127.0.0.1:9200', Connection: esMock.getConnection() as never }), kafkaBrokers: labKafkaBrokers(), events: false, databaseUrl: db.url }),
    startDevops({ port: 0, kubeconfig, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'matrix-token', logPollMs: 100, runStartWaitMs: 5_000 }),
    startAppstore({ port: 0, databaseUrl: db.url }),
  ]);
  subgraphs = running;
  const [tenancy, workloads, monitoring, logging, devops, appstore] = running;
  urls = { tenancy: tenancy.url, workloads: workloads.url, monitoring: monitoring.url, logging: logging.url, devops: devops.url, appstore: appstore.url };
  gateway = await startGateway({ port: 0, subgraphUrls: urls });

  const platformRoleOf = (role: Role) => (role === READ_ONLY_TOKEN ? 'platform-admin' : role.startsWith('platform-') ? role : 'platform-regular');
  const passwordHash = await hashPassword(PASSWORD);
  const users = new Map<string, string>();
  for (const username of [...SIGNED_IN.map(usernameOf), bystander, ...ROLES.map(granteeOf)]) {
    const role = SIGNED_IN.find((r) => usernameOf(r) === username);
    const u = await prisma.user.create({
      data: { username, email: `${username}@example.test`, displayName: username, passwordHash, platformRole: role ? platformRoleOf(role) : 'platform-regular' },
    });
    users.set(username, u.id);
  }
  tokens['platform-admin'] = await signIn(usernameOf('platform-admin'));

  for (const t of targets) {
    await mustCall('platform-admin', 'mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: t.workspace });
    await createProjectNamespace(t.project, t.workspace);
    await createDeployment(kc, t.project, 'web', { replicas: 0 });
    await createPod(kc, t.project, PROBE_POD);
    const template = await prisma.appTemplate.create({
      data: { name: `tpl-${run}`, displayName: 'Matrix', category: 'test', workspaceName: t.workspace, versions: { create: [{ version: '1.0.0', appVersion: '1.0', state: 'ACTIVE' }] } },
    });
    t.templateId = template.id;
    // The same grants on both targets, given through the API as the console would.
    for (const [role, ws] of [
      ['workspace-admin', 'WORKSPACE_ADMIN'],
      ['workspace-self-provisioner', 'WORKSPACE_SELF_PROVISIONER'],
      ['workspace-regular', 'WORKSPACE_REGULAR'],
      ['workspace-viewer', 'WORKSPACE_VIEWER'],
    ] as const) {
      await mustCall('platform-admin', 'mutation($w: String!, $u: String!, $r: WorkspaceRole!) { addWorkspaceMember(workspace: $w, username: $u, role: $r) { role } }', { w: t.workspace, u: usernameOf(role), r: ws });
    }
    for (const [role, pr] of [
      ['project-admin', 'ADMIN'],
      ['project-operator', 'OPERATOR'],
      ['project-viewer', 'VIEWER'],
    ] as const) {
      // tenancy's namespace watch sees the new namespace a moment after it is created.
      await waitFor(`${role} granted on ${t.project}`, async () => {
        const res = await call('platform-admin', 'mutation($p: String!, $u: String!, $r: ProjectRole!) { addProjectMember(project: $p, username: $u, role: $r) { role } }', { p: t.project, u: usernameOf(role), r: pr });
        return !res.body.errors;
      });
    }
  }
  // Grants keyed by JS member names, straight into the database (workspace names there are not
  // DNS-checked): tenancy hands them to the gateway as grant-table keys.
  const holder = users.get(usernameOf('member-named-grants'))!;
  for (const name of MEMBER_NAMES) {
    await prisma.workspace.create({ data: { name, displayName: name } });
    await prisma.workspaceMember.create({ data: { workspaceName: name, userId: holder, role: 'workspace-admin' } });
    await prisma.projectMember.create({ data: { namespace: name, userId: holder, role: 'admin' } });
  }

  for (const role of SESSIONS) tokens[role] ??= await signIn(usernameOf(role));
  readOnlyOwnerSession = await signIn(usernameOf(READ_ONLY_TOKEN));
  const made = await mustCallWith(readOnlyOwnerSession, 'mutation { createApiToken(input: { name: "matrix-read-only", scope: READ_ONLY, expiresInDays: 1 }) { token } }');
  tokens[READ_ONLY_TOKEN] = made.createApiToken.token;

  // Ready: every target's probe pod runs (logs exist) and every subgraph's caches see it.
  for (const t of targets) {
    await waitFor(
      `pod ${t.project}/${PROBE_POD} Running with a log line, through the gateway`,
      async () => {
        const res = await call('platform-admin', 'query($p: String!) { pod(namespace: $p, name: "probe") { phase logs(tailLines: 1) { lines { message } } } }', { p: t.project });
        return res.body.data?.pod?.phase === 'Running' && (res.body.data.pod.logs?.lines.length ?? 0) > 0;
      },
      120_000,
      500,
    );
  }
}, 300_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(subgraphs.map((s) => s.stop()));
  await standin?.stop();
  await Promise.all(createdNamespaces.map((ns) => deleteNamespace(kc, ns).catch(() => undefined)));
  await prisma?.$disconnect();
  await db?.drop();
});

// ---------------------------------------------------------------------------------------------
// The tests

function rootFields(): { kind: Row['kind']; op: string }[] {
  const schema = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
  const of = (kind: Row['kind'], type: ReturnType<typeof schema.getQueryType>) => Object.keys(type?.getFields() ?? {}).map((op) => ({ kind, op }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType()), ...of('subscription', schema.getSubscriptionType())];
}

describe('role matrix through the gateway', () => {
  test('every Query, Mutation and Subscription field of schema/api.graphql has exactly one row, and every row an operation', () => {
    const ops = rootFields();
    const key = (r: { kind: string; op: string }) => `${r.kind} ${r.op}`;
    const missing = ops.filter((o) => !ROWS.some((r) => key(r) === key(o))).map(key);
    const stale = ROWS.filter((r) => !ops.some((o) => key(r) === key(o))).map(key);
    const twice = ROWS.map(key).filter((k, i, all) => all.indexOf(k) !== i);
    assert.deepEqual({ missing, stale, twice }, { missing: [], stale: [], twice: [] }, 'add a row to ROWS for each new operation, stating what every role gets');
    assert.ok(ops.length >= 30, `read ${ops.length} operations from schema/api.graphql`);
  });

  for (const row of ROWS) {
    for (const t of row.tenant ? targets : targets.slice(0, 1)) {
      test(`${row.kind} ${row.op}${row.tenant ? ` on the ${t.label} target` : ''}`, async () => {
        let ticker: NodeJS.Timeout | undefined;
        if (row.op === 'podStatusChanged' || row.op === 'resourceChanged') {
          let n = 0;
          ticker = setInterval(() => void createPod(kc, t.project, `tick-${n++}`).catch(() => undefined), 1_000);
        }
        if (row.op === 'clusterResourceChanged') {
          let n = 0;
          const relabel = () => kubeRequest(kc, { method: 'PATCH', path: `/api/v1/nodes/${matrixNode}`, contentType: 'application/merge-patch+json', body: { metadata: { labels: { tick: String(n++) } } } });
          ticker = setInterval(() => void relabel().catch(() => undefined), 1_000);
        }
        try {
          const seen = await Promise.all(ROLES.map(async (role) => [role, await row.observe(role, t)] as const));
          assert.deepEqual(Object.fromEntries(seen), row.expect);
        } finally {
          clearInterval(ticker);
        }
      }, 120_000);
    }
  }
});

describe('capability fields agree with the matrix', () => {
  const expected = (op: string, role: Role) => ROWS.find((r) => r.op === op)!.expect[role] === 'ALLOWED';

  for (const t of targets) {
    test(`Project.viewerCanEdit / viewerCanManageMembers, Workspace.viewerCanCreateProject, me.can* on the ${t.label} target`, async () => {
      for (const role of SIGNED_IN) {
        const me = (await mustCall(role, '{ me { canCreateWorkspace canManageUsers } }'))!.me;
        assert.deepEqual(me, { canCreateWorkspace: expected('createWorkspace', role), canManageUsers: expected('users', role) }, role);
        if ([...SEES_WORKSPACE, READ_ONLY_TOKEN].includes(role)) {
          const ws = (await mustCall(role, 'query($w: String!) { workspace(name: $w) { viewerCanCreateProject } }', { w: t.workspace }))!.workspace;
          assert.equal(ws.viewerCanCreateProject, expected('createProject', role), `${role} viewerCanCreateProject`);
        }
        if ([...SEES_PROJECT, READ_ONLY_TOKEN].includes(role)) {
          const p = (await mustCall(role, 'query($p: String!) { project(name: $p) { viewerCanEdit viewerCanManageMembers } }', { p: t.project }))!.project;
          assert.deepEqual(
            p,
            { viewerCanEdit: expected('scaleDeployment', role) && expected('runPipeline', role), viewerCanManageMembers: expected('addProjectMember', role) },
            role,
          );
        }
      }
    });
  }
});

describe('settings capability fields agree with the matrix', () => {
  const expected = (op: string, role: Role) => ROWS.find((r) => r.op === op)!.expect[role] === 'ALLOWED';
  for (const t of targets) {
    test(`Project.viewerCanManageSettings and Workspace.viewerCanManageSettings on the ${t.label} target`, async () => {
      for (const role of SIGNED_IN) {
        if ([...SEES_WORKSPACE, READ_ONLY_TOKEN].includes(role)) {
          const ws = (await mustCall(role, 'query($w: String!) { workspace(name: $w) { viewerCanManageSettings } }', { w: t.workspace }))!.workspace;
          assert.equal(ws.viewerCanManageSettings, expected('setWorkspaceQuota', role) && expected('setWorkspaceNetworkIsolation', role), `${role} workspace`);
        }
        if ([...SEES_PROJECT, READ_ONLY_TOKEN].includes(role)) {
          const p = (await mustCall(role, 'query($p: String!) { project(name: $p) { viewerCanManageSettings } }', { p: t.project }))!.project;
          assert.equal(p.viewerCanManageSettings, expected('setProjectQuota', role) && expected('setProjectNetworkIsolation', role), `${role} project`);
        }
      }
    });
  }
});

describe('names that are members of every JS object', () => {
  const outsider = userIdentity('rm-direct-outsider');
  /** Built from JSON, so that `__proto__` is an own key (an object literal would set the prototype). */
  const memberNamed = JSON.parse(
    JSON.stringify({ kind: 'user', userId: 'rm-direct-holder', username: 'rm-direct-holder', platformRole: 'platform-regular' }).replace(
      /}$/,
      `,"workspaces":${JSON.stringify(Object.fromEntries(MEMBER_NAMES.map((n) => [n, 'workspace-admin'])))},"projects":${JSON.stringify(Object.fromEntries(MEMBER_NAMES.map((n) => [n, 'admin'])))}}`,
    ),
  ) as Identity;

  test('hidden and missing answer alike: the same NOT_FOUND text whether the name exists or not', async () => {
    const missing = `rm-${run}-missing`;
    for (const [query, field] of [
      ['query($n: String!) { project(name: $n) { name } }', 'project'],
      ['query($n: String!) { workspace(name: $n) { name } }', 'workspace'],
      ['query($n: String!) { devopsProject(name: $n) { name } }', 'devopsProject'],
      ['query($n: String!) { deployment(namespace: $n, name: "web") { name } }', 'deployment'],
    ] as const) {
      for (const t of targets) {
        const name = field === 'workspace' ? t.workspace : t.project;
        const hidden = await call('platform-regular', query, { n: name });
        const absent = await call('platform-regular', query, { n: missing });
        assert.equal(hidden.body.errors?.[0]?.extensions?.code, 'NOT_FOUND', `${field} ${name}`);
        assert.equal(hidden.body.errors?.[0]?.message.replace(name, 'X'), absent.body.errors?.[0]?.message.replace(missing, 'X'), `${field}: same text`);
        assert.equal(hidden.body.data?.[field] ?? null, null);
      }
    }
  });

  test('an outsider and a holder of member-named grants see no `constructor` workspace or project at the subgraphs (_entities)', async () => {
    const reps = [
      [urls.tenancy, 'Project', '... on Project { name }', { name: 'constructor' }],
      [urls.tenancy, 'Workspace', '... on Workspace { name }', { name: 'constructor' }],
      [urls.workloads, 'Project', '... on Project { pods(first: 1) { totalCount } }', { name: 'constructor' }],
      [urls.workloads, 'Pod', '... on Pod { name }', { namespace: 'constructor', name: PROBE_POD }],
      [urls.monitoring, 'Project', '... on Project { metrics { podCount } }', { name: 'constructor' }],
      [urls.devops, 'DevOpsProject', '... on DevOpsProject { name }', { name: 'constructor' }],
    ] as const;
    for (const identity of [outsider, memberNamed]) {
      for (const [url, typename, selection, key] of reps) {
        const res = await callSubgraph<{ _entities: unknown[] }>(url, `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: [{ __typename: typename, ...key }] }, identity);
        assert.deepEqual(
          res.errors?.map((e) => e.extensions?.code),
          ['NOT_FOUND'],
          `${identity.username}: ${typename} at ${url}: ${JSON.stringify(res)}`,
        );
      }
    }
    // The same entity call answers for someone allowed, so the refusals above are about the caller.
    const admin = userIdentity('rm-direct-admin', { platformRole: 'platform-admin' });
    const ok = await callSubgraph<{ _entities: { name: string }[] }>(urls.tenancy, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { name } } }', { r: [{ __typename: 'Project', name: 'constructor' }] }, admin);
    assert.deepEqual(ok.data?._entities, [{ name: 'constructor' }]);
  });

  test('`__proto__`, `toString`, `hasOwnProperty`, `valueOf` by query and subscription: only their grant holder sees those workspaces; no project of theirs exists', async () => {
    for (const name of MEMBER_NAMES) {
      const ws = 'query($n: String!) { workspace(name: $n) { name viewerRole } }';
      assert.equal((await call('platform-regular', ws, { n: name })).body.errors?.[0]?.extensions?.code, 'NOT_FOUND', `outsider: workspace ${name}`);
      assert.equal((await call('workspace-admin', ws, { n: name })).body.errors?.[0]?.extensions?.code, 'NOT_FOUND', `workspace-admin of others: workspace ${name}`);
      assert.deepEqual((await mustCall('member-named-grants', ws, { n: name }))!.workspace, { name, viewerRole: 'WORKSPACE_ADMIN' }, `holder: workspace ${name}`);
      // A project grant on a name that is no namespace shows nothing: NOT_FOUND, as for anyone.
      for (const role of ['platform-regular', 'member-named-grants'] as const) {
        assert.equal((await call(role, 'query($n: String!) { project(name: $n) { name } }', { n: name })).body.errors?.[0]?.extensions?.code, 'NOT_FOUND', `${role}: project ${name}`);
        assert.equal(
          (await call(role, 'query($n: String!) { devopsProjects(workspace: $n) { totalCount } }', { n: name })).body.errors?.[0]?.extensions?.code,
          role === 'platform-regular' ? 'NOT_FOUND' : undefined,
          `${role}: devopsProjects(${name})`,
        );
        assert.equal(await subscriptionOutcome(role, 'subscription($p: String!) { podStatusChanged(project: $p) { type } }', { p: name }, 'podStatusChanged'), 'NOT_FOUND', `${role}: podStatusChanged(${name})`);
      }
    }
    // Listing: the holder's workspaces are exactly its own, the outsider's none of them.
    const list = '{ workspaces(first: 100) { edges { node { name } } } }';
    const names = async (role: Role) => ((await mustCall(role, list))!.workspaces.edges as { node: { name: string } }[]).map((e) => e.node.name).sort();
    assert.deepEqual(await names('member-named-grants'), [...MEMBER_NAMES].sort());
    assert.deepEqual(await names('platform-regular'), []);
  });
});
