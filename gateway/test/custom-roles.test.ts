/**
 * Custom roles end to end (issue #9), through the gateway in front of the real tenancy,
 * workloads, monitoring, logging and devops subgraphs and the lab:
 * - a workspace admin makes a project role "deployer" (MANAGE_WORKLOADS, VIEW_MONITORING) and
 *   grants it; the grantee can do exactly that in every subgraph (table below);
 * - the grant is mirrored into a Kubernetes Role + RoleBinding for User `meridian:<username>`,
 *   which lets that identity do exactly the same (SubjectAccessReview against the API server);
 * - drift is repaired (a RoleBinding deleted by hand comes back), a revoked grant's binding goes;
 * - a role still granted cannot be deleted (CONFLICT); an admin of another workspace sees and
 *   grants none of these roles (NOT_FOUND).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { Client } from '@elastic/elasticsearch';
import MockModule from '@elastic/elasticsearch-mock';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { kubeRequest, KubeApiError } from '@meridian/core/kube';
import { createDeployment, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../deploy/local/lib/endpoints.ts';
import { startJenkinsStandin, type RunningStandin } from '../../deploy/local/jenkins-standin/src/server.ts';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { instanceOf, kubeBindingName, kubeRoleName, kubeUserOf } from '../../subgraphs/tenancy/src/rbac/mirror.ts';
import { start as startWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { start as startMonitoring } from '../../subgraphs/monitoring/src/index.ts';
import { start as startLogging } from '../../subgraphs/logging/src/index.ts';
import { start as startDevops } from '../../subgraphs/devops/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, stopLabStack, type GqlResult } from './helpers.ts';

const run = randomBytes(3).toString('hex');
const PASSWORD = `Pw-${randomBytes(6).toString('hex')}1`;
const W1 = `cr-${run}`;
const W2 = `cr-${run}-other`;
const P = `cr-${run}-p`;
const names = { admin: `cr-${run}-admin`, wsAdmin: `cr-${run}-wsadmin`, deployer: `cr-${run}-deployer`, otherAdmin: `cr-${run}-other`, spare: `cr-${run}-spare` };

const kc = labKubeConfig(labKubeconfigPath());
let db: TestDatabase;
let prisma: PrismaClient;
let standin: RunningStandin;
let subgraphs: { url: string; stop(): Promise<void> }[] = [];
let gateway: RunningGateway;
const tokens: Record<string, string> = {};

const Mock = MockModule as unknown as typeof MockModule.default;
const esMock = new Mock();
esMock.add({ method: ['GET', 'POST'], path: '/:index/_search' }, () => ({ took: 1, timed_out: false, hits: { total: { value: 0, relation: 'eq' }, hits: [] } }));

const as = (who: keyof typeof names, query: string, variables: Record<string, unknown> = {}) => gql(gateway.url, query, variables, tokens[who]);
const codesOf = (res: GqlResult) => (res.body.errors ?? []).map((e) => String(e.extensions?.code));
async function must(who: keyof typeof names, query: string, variables: Record<string, unknown> = {}) {
  const res = await as(who, query, variables);
  assert.deepEqual(res.body.errors ?? [], [], `${who}: ${query}`);
  return res.body.data!;
}

/** SubjectAccessReview: may this Kubernetes user do `verb` on `resource` in the project? */
async function kubeAllows(user: string, verb: string, group: string, resource: string, subresource = ''): Promise<boolean> {
  const review = await kubeRequest<{ status: { allowed: boolean } }>(kc, {
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/subjectaccessreviews',
    body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec: { user, resourceAttributes: { namespace: P, verb, group, resource, subresource } } },
  });
  return review.status.allowed;
}

const bindingPath = (username: string) => `/apis/rbac.authorization.k8s.io/v1/namespaces/${P}/rolebindings/${kubeBindingName(instanceOf(db.url), username)}`;
const bindingExists = (username: string) =>
  kubeRequest(kc, { path: bindingPath(username) }).then(
    () => true,
    (err) => {
      if (err instanceof KubeApiError && err.statusCode === 404) return false;
      throw err;
    },
  );

beforeAll(async () => {
  db = await createTestDatabase('customroles');
  prisma = createPrisma(db.url);
  standin = await startJenkinsStandin({ port: 0, users: { meridian: 'cr-token' }, quietPeriodMs: 50, seed: { items: [{ folder: P, items: [{ pipeline: 'build', stages: [{ name: 'Build', durationMs: 10, logs: ['ok'] }] }] }] } });
  const kubeconfig = labKubeconfigPath();
  subgraphs = await Promise.all([
    startTenancy({ port: 0, databaseUrl: db.url, kubeconfig, ldap: false, rbacResyncMs: 2_000 }),
    startWorkloads({ port: 0, kubeconfig }),
    startMonitoring({ port: 0, kubeconfig, prometheusUrl: labEndpoints('prometheus').url }),
    startLogging({ port: 0, kubeconfig, elasticsearchClient: new Client({ node: 'http://127.0.0.1:9200', Connection: esMock.getConnection() as never }) }),
    startDevops({ port: 0, kubeconfig, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'cr-token', logPollMs: 100, runStartWaitMs: 5_000 }),
  ]);
  const [tenancy, workloads, monitoring, logging, devops] = subgraphs;
  // A short identity cache: a role's new bundles reach the gateway quickly.
  gateway = await startGateway({ port: 0, identityCacheMs: 200, subgraphUrls: { tenancy: tenancy.url, workloads: workloads.url, monitoring: monitoring.url, logging: logging.url, devops: devops.url } });

  const passwordHash = await hashPassword(PASSWORD);
  for (const [key, username] of Object.entries(names)) {
    await prisma.user.create({ data: { username, email: `${username}@example.test`, displayName: username, passwordHash, platformRole: key === 'admin' ? 'platform-admin' : 'platform-regular' } });
  }
  for (const key of Object.keys(names) as (keyof typeof names)[]) {
    const res = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: names[key], p: PASSWORD });
    tokens[key] = res.body.data!.login.token;
  }
  for (const [ws, owner] of [[W1, names.wsAdmin], [W2, names.otherAdmin]]) {
    await must('admin', 'mutation($w: String!) { createWorkspace(input: { name: $w }) { name } }', { w: ws });
    await must('admin', 'mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, roleName: "workspace-admin") { roleName } }', { w: ws, u: owner });
  }
  // The workspace admin's identity now has the grant (the gateway's cache is 200 ms).
  await waitFor('the workspace admin can create the project', async () => !(await as('wsAdmin', 'mutation($w: String!, $p: String!) { createProject(workspace: $w, name: $p) { name } }', { w: W1, p: P })).body.errors);
  // A DevOps project too (the label devops reads), with a deployment and a running pod.
  await kubeRequest(kc, { method: 'PATCH', path: `/api/v1/namespaces/${P}`, body: { metadata: { labels: { 'meridian.io/devops-project': 'true' } } } });
  await createDeployment(kc, P, 'web', { replicas: 0 });
  await createPod(kc, P, 'probe');

  await must('wsAdmin', 'mutation($p: String!) { createRole(input: { scope: PROJECT, project: $p, name: "deployer", description: "ships", bundles: [MANAGE_WORKLOADS, VIEW_MONITORING] }) { name } }', { p: P });
  const granted = await must('wsAdmin', 'mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, roleName: "deployer") { role roleName } }', { p: P, u: names.deployer });
  assert.deepEqual(granted.addProjectMember, { role: null, roleName: 'deployer' });
  await waitFor('the probe pod runs', async () => (await as('admin', 'query($p: String!) { pod(namespace: $p, name: "probe") { phase } }', { p: P })).body.data?.pod?.phase === 'Running', 60_000, 300);
}, 180_000);

afterAll(async () => {
  await deleteNamespace(kc, P).catch(() => undefined);
  await stopLabStack({ gateway, subgraphs, prisma, db });
  await standin?.stop();
});

describe('a custom role "deployer" (MANAGE_WORKLOADS, VIEW_MONITORING) in every subgraph', () => {
  // [what, subgraph, operation, expected: 'ok' or the error code]
  const CASES: [string, string, string, 'ok' | 'FORBIDDEN' | 'NOT_FOUND'][] = [
    ['sees the project', 'tenancy', `{ project(name: "${P}") { name } }`, 'ok'],
    ['lists deployments', 'workloads', `{ project(name: "${P}") { deployments { nodes { name } } } }`, 'ok'],
    ['scales a deployment', 'workloads', `mutation { scaleDeployment(namespace: "${P}", name: "web", replicas: 1) { replicas } }`, 'ok'],
    ['reads pod metrics', 'monitoring', `{ pod(namespace: "${P}", name: "probe") { metrics { cpu } } }`, 'ok'],
    ['does not read logs', 'logging', `{ pod(namespace: "${P}", name: "probe") { logs(tailLines: 1) { lines { message } } } }`, 'FORBIDDEN'],
    // devops hides its side of a project from those without view-pipelines (NOT_FOUND, not FORBIDDEN).
    ['does not see pipelines', 'devops', `{ devopsProject(name: "${P}") { name } }`, 'NOT_FOUND'],
    ['does not run pipelines', 'devops', `mutation { runPipeline(project: "${P}", pipeline: "build") { id } }`, 'NOT_FOUND'],
    ['does not list members', 'tenancy', `{ projectMembers(project: "${P}") { totalCount } }`, 'FORBIDDEN'],
    ['does not remove members', 'tenancy', `mutation { removeProjectMember(project: "${P}", username: "${names.wsAdmin}") }`, 'FORBIDDEN'],
    ['does not grant roles', 'tenancy', `mutation { addProjectMember(project: "${P}", username: "${names.spare}", roleName: "deployer") { roleName } }`, 'FORBIDDEN'],
    ['does not list roles', 'tenancy', `{ roles(scope: PROJECT, project: "${P}") { totalCount } }`, 'FORBIDDEN'],
    ['does not delete the project', 'tenancy', `mutation { deleteProject(name: "${P}", confirm: "${P}") }`, 'FORBIDDEN'],
  ];
  test.each(CASES)('%s (%s)', async (_what, _subgraph, query, expected) => {
    const res = await as('deployer', query);
    if (expected === 'ok') {
      // Metrics come from Prometheus, which may not have scraped the pod yet: only access errors count.
      const denied = codesOf(res).filter((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND');
      assert.deepEqual(denied, [], JSON.stringify(res.body.errors));
    } else {
      assert.ok(codesOf(res).includes(expected), `expected ${expected}: ${JSON.stringify(res.body)}`);
    }
  });

  test('Project.myPermissions says exactly that', async () => {
    const data = await must('deployer', 'query($p: String!) { project(name: $p) { myPermissions viewerRole viewerRoleName viewerCanEdit viewerCanManageMembers } }', { p: P });
    assert.deepEqual(data.project, {
      myPermissions: ['VIEW_WORKLOADS', 'MANAGE_WORKLOADS', 'VIEW_MONITORING'],
      viewerRole: null,
      viewerRoleName: 'deployer',
      viewerCanEdit: true,
      viewerCanManageMembers: false,
    });
  });
});

describe('the mirrored RoleBinding in Kubernetes', () => {
  const user = () => kubeUserOf(names.deployer);

  test('lets meridian:<username> do exactly what the role allows', async () => {
    await waitFor('the RoleBinding', () => bindingExists(names.deployer), 30_000);
    const binding = await kubeRequest<{ roleRef: { name: string }; subjects: { kind: string; name: string }[] }>(kc, { path: bindingPath(names.deployer) });
    assert.equal(binding.roleRef.name, kubeRoleName(instanceOf(db.url), 'deployer'));
    assert.deepEqual(binding.subjects.map((s) => [s.kind, s.name]), [['User', user()]]);
    const CASES: [string, string, string, string, boolean][] = [
      ['patch', 'apps', 'deployments', 'scale', true],
      ['update', 'apps', 'deployments', '', true],
      ['list', '', 'pods', '', true],
      ['get', 'metrics.k8s.io', 'pods', '', true],
      ['get', '', 'pods', 'log', false],
      ['create', 'rbac.authorization.k8s.io', 'rolebindings', '', false],
      ['list', 'rbac.authorization.k8s.io', 'rolebindings', '', false],
      ['create', 'devops.kubesphere.io', 'pipelineruns', '', false],
      ['update', '', 'resourcequotas', '', false],
    ];
    for (const [verb, group, resource, sub, allowed] of CASES) {
      assert.equal(await kubeAllows(user(), verb, group, resource, sub), allowed, `${verb} ${group}/${resource}${sub ? `/${sub}` : ''}`);
    }
    // Someone else's Kubernetes identity gets nothing from it.
    assert.equal(await kubeAllows(kubeUserOf(names.spare), 'patch', 'apps', 'deployments', 'scale'), false);
  });

  test('a RoleBinding deleted by hand comes back', async () => {
    const before = await kubeRequest<{ metadata: { uid: string } }>(kc, { path: bindingPath(names.deployer) });
    await kubeRequest(kc, { method: 'DELETE', path: bindingPath(names.deployer) });
    const back = await waitFor(
      'the RoleBinding to be recreated',
      () => kubeRequest<{ metadata: { uid: string } }>(kc, { path: bindingPath(names.deployer) }).catch(() => null),
      30_000,
      200,
    );
    assert.notEqual(back.metadata.uid, before.metadata.uid);
  });

  test('a changed role changes what its holders may do, in Meridian and in Kubernetes', async () => {
    await must('wsAdmin', 'mutation($p: String!) { updateRole(scope: PROJECT, project: $p, name: "deployer", input: { bundles: [MANAGE_WORKLOADS, VIEW_MONITORING, VIEW_LOGS] }) { bundles } }', { p: P });
    await waitFor('logs readable for the deployer', async () => !codesOf(await as('deployer', `{ pod(namespace: "${P}", name: "probe") { logs(tailLines: 1) { lines { message } } } }`)).length, 30_000);
    await waitFor('pods/log allowed in Kubernetes', () => kubeAllows(kubeUserOf(names.deployer), 'get', '', 'pods', 'log'), 30_000);
  });
});

describe('role management', () => {
  test('a role still granted cannot be deleted (CONFLICT); a built-in one never', async () => {
    assert.deepEqual(codesOf(await as('wsAdmin', `mutation { deleteRole(scope: PROJECT, project: "${P}", name: "deployer") }`)), ['CONFLICT']);
    assert.deepEqual(codesOf(await as('wsAdmin', `mutation { deleteRole(scope: PROJECT, project: "${P}", name: "admin") }`)), ['BAD_USER_INPUT']);
    assert.deepEqual(codesOf(await as('wsAdmin', `mutation { createRole(input: { scope: PROJECT, project: "${P}", name: "viewer", bundles: [VIEW_LOGS] }) { name } }`)), ['BAD_USER_INPUT']);
    assert.deepEqual(codesOf(await as('wsAdmin', `mutation { createRole(input: { scope: PROJECT, project: "${P}", name: "empty", bundles: [] }) { name } }`)), ['BAD_USER_INPUT']);
    assert.deepEqual(codesOf(await as('wsAdmin', `mutation { createRole(input: { scope: PROJECT, project: "${P}", name: "maker", bundles: [CREATE_PROJECTS] }) { name } }`)), ['BAD_USER_INPUT']);
  });

  test('roles lists the built-in roles, then the custom ones, with their grant counts', async () => {
    const data = await must('wsAdmin', 'query($p: String!) { roles(scope: PROJECT, project: $p) { totalCount nodes { name builtIn grantCount bundles } } }', { p: P });
    const roles = data.roles as { totalCount: number; nodes: { name: string; builtIn: boolean; grantCount: number; bundles: string[] }[] };
    assert.deepEqual(roles.nodes.map((r) => [r.name, r.builtIn]), [['admin', true], ['operator', true], ['viewer', true], ['deployer', false]]);
    assert.equal(roles.nodes.find((r) => r.name === 'deployer')!.grantCount, 1);
    assert.equal(roles.nodes.find((r) => r.name === 'admin')!.grantCount, 1); // the creator
  });

  test('an admin of another workspace neither sees nor grants these roles', async () => {
    const CASES = [
      `{ roles(scope: WORKSPACE, workspace: "${W1}") { totalCount } }`,
      `{ roles(scope: PROJECT, project: "${P}") { totalCount } }`,
      `mutation { createRole(input: { scope: WORKSPACE, workspace: "${W1}", name: "x", bundles: [VIEW_LOGS] }) { name } }`,
      `mutation { updateRole(scope: PROJECT, project: "${P}", name: "deployer", input: { bundles: [VIEW_LOGS] }) { name } }`,
      `mutation { deleteRole(scope: PROJECT, project: "${P}", name: "deployer") }`,
      `mutation { addProjectMember(project: "${P}", username: "${names.spare}", roleName: "deployer") { roleName } }`,
      `mutation { addWorkspaceMember(workspace: "${W1}", username: "${names.spare}", roleName: "workspace-admin") { roleName } }`,
    ];
    for (const query of CASES) assert.deepEqual(codesOf(await as('otherAdmin', query)), ['NOT_FOUND'], query);
    // Its own workspace's roles do not include W1's custom roles, and W1's project role is unknown there.
    await must('otherAdmin', `mutation { createRole(input: { scope: WORKSPACE, workspace: "${W2}", name: "auditor", bundles: [VIEW_LOGS] }) { name } }`);
    const mine = await must('otherAdmin', `{ roles(scope: WORKSPACE, workspace: "${W2}") { nodes { name } } }`);
    assert.deepEqual((mine.roles as { nodes: { name: string }[] }).nodes.map((r) => r.name), ['workspace-admin', 'workspace-self-provisioner', 'workspace-regular', 'workspace-viewer', 'auditor']);
    assert.deepEqual(codesOf(await as('otherAdmin', `mutation { addWorkspaceMember(workspace: "${W2}", username: "${names.spare}", roleName: "deployer") { roleName } }`)), ['NOT_FOUND']);
  });

  test('nobody grants more than they hold (FORBIDDEN)', async () => {
    // A workspace role that may manage members but nothing else cannot hand out workspace-admin.
    await must('wsAdmin', `mutation { createRole(input: { scope: WORKSPACE, workspace: "${W1}", name: "hr", bundles: [MANAGE_MEMBERS] }) { name } }`);
    await must('wsAdmin', `mutation { addWorkspaceMember(workspace: "${W1}", username: "${names.spare}", roleName: "hr") { roleName } }`);
    const spare = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: names.spare, p: PASSWORD });
    const token = spare.body.data!.login.token as string;
    const res = await gql(gateway.url, `mutation { addWorkspaceMember(workspace: "${W1}", username: "${names.otherAdmin}", roleName: "workspace-admin") { roleName } }`, {}, token);
    assert.deepEqual(codesOf(res), ['FORBIDDEN']);
    const ok = await gql(gateway.url, `mutation { addWorkspaceMember(workspace: "${W1}", username: "${names.otherAdmin}", roleName: "workspace-regular") { roleName } }`, {}, token);
    assert.deepEqual(codesOf(ok), []);
    // Nor demote or remove someone who holds more (the workspace admin).
    const demote = await gql(gateway.url, `mutation { addWorkspaceMember(workspace: "${W1}", username: "${names.wsAdmin}", roleName: "workspace-regular") { roleName } }`, {}, token);
    assert.deepEqual(codesOf(demote), ['FORBIDDEN']);
    const remove = await gql(gateway.url, `mutation { removeWorkspaceMember(workspace: "${W1}", username: "${names.wsAdmin}") }`, {}, token);
    assert.deepEqual(codesOf(remove), ['FORBIDDEN']);
  });

  test('a revoked grant loses its RoleBinding', async () => {
    await must('wsAdmin', 'mutation($p: String!, $u: String!) { removeProjectMember(project: $p, username: $u) }', { p: P, u: names.deployer });
    await waitFor('the RoleBinding to go', async () => !(await bindingExists(names.deployer)), 30_000);
    assert.equal(await kubeAllows(kubeUserOf(names.deployer), 'patch', 'apps', 'deployments', 'scale'), false);
    // Not granted any more: now it can go.
    await must('wsAdmin', `mutation { deleteRole(scope: PROJECT, project: "${P}", name: "deployer") }`);
  });
});
