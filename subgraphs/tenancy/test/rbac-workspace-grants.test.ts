/**
 * Workspace grants mirrored into Kubernetes RBAC, against the lab's real API server: in every
 * project of the workspace, User `meridian:<username>` may do exactly what Meridian's access
 * layer lets the user do there (SubjectAccessReview), the union of their project grant and
 * their workspace grant; nothing in another workspace's project. The mirror follows new
 * projects, projects moved out, revoked grants, disabled users, and puts back a binding deleted
 * by hand. The resync is set to 10 minutes: everything here comes from the grant changes and
 * the watches, not from a periodic pass.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { BUNDLES, config, hasBundle, projectBundles, type Bundle, type Identity } from '@meridian/core';
import { KubeApiError, kubeRequest } from '@meridian/core/kube';
import { createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, waitFor } from '@meridian/core/kube/testing';
import { INSTANCE_LABEL, instanceOf, kubeBindingName, kubeRoleName, kubeUserOf, MANAGED_BY, MANAGED_BY_VALUE, mixedRoleName } from '../src/rbac/mirror.ts';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

const s = suffix();
const W1 = `rbw-${s}`;
const W2 = `rbw-${s}-other`;
const [P1, P2, Q1, P3, LOOSE] = [`rbw-${s}-p1`, `rbw-${s}-p2`, `rbw-${s}-q1`, `rbw-${s}-p3`, `rbw-${s}-loose`];
const kc = labKubeConfig(labKubeconfigPath());
let h: Harness;
const users: Record<'admin' | 'wsAdmin' | 'viewer' | 'mixed' | 'other', { id: string; username: string; password: string }> = {} as never;
let admin: Identity;

/** One request per bundle that only that bundle (or one implying it) allows. */
const PROBES: Record<Bundle, [verb: string, group: string, resource: string, subresource?: string] | undefined> = {
  'view-workloads': ['list', 'apps', 'deployments'],
  'manage-workloads': ['create', 'apps', 'deployments'],
  'view-monitoring': ['get', 'metrics.k8s.io', 'pods'],
  'manage-alerting': ['create', 'monitoring.coreos.com', 'prometheusrules'],
  'view-logs': ['get', '', 'pods', 'log'],
  'view-pipelines': ['list', 'devops.kubesphere.io', 'pipelines'],
  'manage-pipelines': ['create', 'devops.kubesphere.io', 'pipelineruns'],
  'manage-members': ['list', 'rbac.authorization.k8s.io', 'rolebindings'],
  'manage-settings': ['update', '', 'resourcequotas'],
  'create-projects': undefined,
};

async function kubeAllows(username: string, namespace: string, [verb, group, resource, subresource = '']: [string, string, string, string?]): Promise<boolean> {
  const review = await kubeRequest<{ status: { allowed: boolean } }>(kc, {
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/subjectaccessreviews',
    body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec: { user: kubeUserOf(username), resourceAttributes: { namespace, verb, group, resource, subresource } } },
  });
  return review.status.allowed;
}

/** What Kubernetes allows the user in the namespace, per bundle probe. */
async function kubeBundles(username: string, namespace: string): Promise<Bundle[]> {
  const out: Bundle[] = [];
  for (const b of BUNDLES) if (PROBES[b] && (await kubeAllows(username, namespace, PROBES[b]))) out.push(b);
  return out;
}
/**
 * Kubernetes' answer equals `want` once its authorizer has seen the latest RBAC objects (it reads
 * them from informers, a moment behind the API); the last answer when it never does.
 */
async function expectKube(username: string, namespace: string, want: Bundle[] | Promise<Bundle[]>): Promise<void> {
  const expected = await want;
  let got: Bundle[] = [];
  await waitFor(`${username} in ${namespace}`, async () => JSON.stringify((got = await kubeBundles(username, namespace))) === JSON.stringify(expected), 10_000).catch(() => undefined);
  expect(got).toEqual(expected);
}
/** What Meridian's access layer gives the user's current identity there. */
async function meridianBundles(who: keyof typeof users, namespace: string, workspace: string | undefined): Promise<Bundle[]> {
  const id = await h.signIn(users[who].username, users[who].password);
  const mask = projectBundles(id, namespace, workspace);
  return BUNDLES.filter((b) => PROBES[b] && hasBundle(mask, b));
}

const bindingPath = (ns: string, username: string) => `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings/${kubeBindingName(instanceOf(h.databaseUrl), username)}`;
const binding = (ns: string, username: string) =>
  kubeRequest<{ metadata: { uid: string }; roleRef: { name: string } }>(kc, { path: bindingPath(ns, username) }).catch((err) => {
    if (err instanceof KubeApiError && err.statusCode === 404) return null;
    throw err;
  });

async function must<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: Identity = admin): Promise<T> {
  const res = await h.call<T>(query, variables, who);
  expect(codes(res), JSON.stringify(res.errors)).toEqual([]);
  return res.data as T;
}
const grantWorkspace = (workspace: string, username: string, roleName: string) =>
  must('mutation($w: String!, $u: String!, $r: String!) { addWorkspaceMember(workspace: $w, username: $u, roleName: $r) { roleName } }', { w: workspace, u: username, r: roleName });

beforeAll(async () => {
  h = await startTenancy('rbacws', { kubeconfig: labKubeconfigPath(), rbacResyncMs: 600_000 });
  users.admin = await h.makeUser(`rbw-${s}-admin`, 'platform-admin');
  for (const k of ['wsAdmin', 'viewer', 'mixed', 'other'] as const) users[k] = await h.makeUser(`rbw-${s}-${k.toLowerCase()}`);
  admin = await h.signIn(users.admin.username, users.admin.password);
  for (const w of [W1, W2]) await must('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: w });
  admin = await h.signIn(users.admin.username, users.admin.password);
  for (const [w, p] of [[W1, P1], [W1, P2], [W2, Q1]]) await must('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w, n: p });
  await grantWorkspace(W1, users.wsAdmin.username, 'workspace-admin');
  await grantWorkspace(W1, users.viewer.username, 'workspace-viewer');
  await grantWorkspace(W2, users.other.username, 'workspace-admin');
  // The mixed user: a project viewer in P1, and a custom workspace role managing alerts in W1.
  await must('mutation($w: String!) { createRole(input: { scope: WORKSPACE, workspace: $w, name: "alerter", bundles: [MANAGE_ALERTING] }) { name } }', { w: W1 });
  await grantWorkspace(W1, users.mixed.username, 'alerter');
  await must('mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: VIEWER) { role } }', { p: P1, u: users.mixed.username });
}, 120_000);

afterAll(async () => {
  for (const ns of [P1, P2, Q1, P3, LOOSE]) await deleteNamespace(kc, ns).catch(() => undefined);
  await h?.stop();
});

describe('workspace grants in Kubernetes RBAC', () => {
  it('a workspace admin may do in each project of the workspace what Meridian lets them, and nothing in another workspace\'s project', async () => {
    for (const ns of [P1, P2]) {
      await waitFor(`the workspace admin's binding in ${ns}`, () => binding(ns, users.wsAdmin.username));
      const want = await meridianBundles('wsAdmin', ns, W1);
      expect(want).toEqual(BUNDLES.filter((b) => b !== 'create-projects')); // a workspace admin administers every project
      await expectKube(users.wsAdmin.username, ns, want);
      expect((await binding(ns, users.wsAdmin.username))!.roleRef.name).toBe(kubeRoleName(instanceOf(h.databaseUrl), 'admin'));
    }
    expect(await meridianBundles('wsAdmin', Q1, W2)).toEqual([]);
    await expectKube(users.wsAdmin.username, Q1, []);
    expect(await binding(Q1, users.wsAdmin.username)).toBeNull();
    // And the other workspace's admin gets nothing in W1.
    await expectKube(users.other.username, P1, []);
    await expectKube(users.other.username, Q1, await meridianBundles('other', Q1, W2));
  });

  it('a workspace viewer may read in each project, as Meridian lets them', async () => {
    for (const ns of [P1, P2]) {
      await waitFor(`the viewer's binding in ${ns}`, () => binding(ns, users.viewer.username));
      const want = await meridianBundles('viewer', ns, W1);
      expect(want).toEqual(['view-workloads', 'view-monitoring', 'view-logs', 'view-pipelines']);
      await expectKube(users.viewer.username, ns, want);
    }
  });

  it('a project grant and a workspace grant in one namespace give their union, as the access layer computes it', async () => {
    const id = await h.signIn(users.mixed.username, users.mixed.password);
    const here = await meridianBundles('mixed', P1, W1);
    expect(here).toContain('view-logs'); // the project viewer
    expect(here).toContain('manage-alerting'); // the workspace role
    expect(here).not.toContain('manage-workloads');
    await expectKube(users.mixed.username, P1, here);
    expect((await binding(P1, users.mixed.username))!.roleRef.name).toBe(kubeRoleName(instanceOf(h.databaseUrl), mixedRoleName(projectBundles(id, P1, W1))));
    // Where only the workspace role reaches, only its bundle.
    expect(await meridianBundles('mixed', P2, W1)).toEqual(['view-monitoring', 'manage-alerting']);
    await expectKube(users.mixed.username, P2, ['view-monitoring', 'manage-alerting']);
  });

  it('a new project of the workspace gets the workspace grants, one moved out loses them', async () => {
    await must('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: W1, n: P3 });
    await waitFor('the workspace admin\'s binding in the new project', () => binding(P3, users.wsAdmin.username));
    // A namespace labelled into the workspace outside Meridian (kubectl) gets them too, from the watch.
    await createNamespace(kc, LOOSE, W1);
    await waitFor('the binding in the labelled namespace', () => binding(LOOSE, users.wsAdmin.username));
    await expectKube(users.wsAdmin.username, LOOSE, await meridianBundles('wsAdmin', LOOSE, W1));
    await kubeRequest(kc, { method: 'PATCH', path: `/api/v1/namespaces/${LOOSE}`, contentType: 'application/merge-patch+json', body: { metadata: { labels: { [config.workspaceLabel]: null } } } });
    await waitFor('the binding to go with the workspace label', async () => (await binding(LOOSE, users.wsAdmin.username)) === null);
    expect(await meridianBundles('wsAdmin', LOOSE, undefined)).toEqual([]);
    await expectKube(users.wsAdmin.username, LOOSE, []);
  });

  it('a RoleBinding deleted by hand comes back; objects of another instance or without labels are left alone', async () => {
    const name = kubeBindingName('other', users.wsAdmin.username);
    const foreign = (labels: Record<string, string>, n: string) => ({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: n, namespace: P2, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' }, subjects: [{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'someone' }],
    });
    const base = `/apis/rbac.authorization.k8s.io/v1/namespaces/${P2}/rolebindings`;
    await kubeRequest(kc, { method: 'POST', path: base, body: foreign({ [MANAGED_BY]: MANAGED_BY_VALUE, [INSTANCE_LABEL]: 'another-meridian' }, name) });
    await kubeRequest(kc, { method: 'POST', path: base, body: foreign({}, `${name}-unlabelled`) });
    const before = (await waitFor('the binding', () => binding(P2, users.wsAdmin.username))).metadata.uid;
    await kubeRequest(kc, { method: 'DELETE', path: bindingPath(P2, users.wsAdmin.username) });
    const back = await waitFor('the binding to be recreated', async () => {
      const b = await binding(P2, users.wsAdmin.username);
      return b && b.metadata.uid !== before ? b : null;
    });
    expect(back.roleRef.name).toBe(kubeRoleName(instanceOf(h.databaseUrl), 'admin'));
    for (const n of [name, `${name}-unlabelled`]) expect((await kubeRequest<{ metadata: { name: string } }>(kc, { path: `${base}/${n}` })).metadata.name).toBe(n);
  });

  it('a revoked workspace grant takes the bindings away, in every project of the workspace', async () => {
    for (const ns of [P1, P2, P3]) expect(await binding(ns, users.viewer.username), ns).not.toBeNull();
    await must('mutation($w: String!, $u: String!) { removeWorkspaceMember(workspace: $w, username: $u) }', { w: W1, u: users.viewer.username });
    // The mutation returns once the mirror is done.
    for (const ns of [P1, P2, P3]) {
      expect(await binding(ns, users.viewer.username)).toBeNull();
      await expectKube(users.viewer.username, ns, []);
    }
  });

  it('a workspace role\'s new bundles reach every project; a disabled user loses everything, an enabled one gets it back', async () => {
    await must('mutation($w: String!) { updateRole(scope: WORKSPACE, workspace: $w, name: "alerter", input: { bundles: [MANAGE_ALERTING, VIEW_PIPELINES] }) { name } }', { w: W1 });
    await expectKube(users.mixed.username, P2, await meridianBundles('mixed', P2, W1));
    await expectKube(users.mixed.username, P2, ['view-monitoring', 'manage-alerting', 'view-pipelines']);

    await must('mutation($u: String!) { disableUser(username: $u) { username } }', { u: users.mixed.username });
    for (const ns of [P1, P2, P3]) expect(await binding(ns, users.mixed.username)).toBeNull();
    await expectKube(users.mixed.username, P1, []);
    await must('mutation($u: String!) { enableUser(username: $u) { username } }', { u: users.mixed.username });
    await expectKube(users.mixed.username, P1, await meridianBundles('mixed', P1, W1));
    await expectKube(users.mixed.username, P3, ['view-monitoring', 'manage-alerting', 'view-pipelines']);

    await must('mutation($u: String!) { deleteUser(username: $u) }', { u: users.mixed.username });
    for (const ns of [P1, P2, P3]) expect(await binding(ns, users.mixed.username)).toBeNull();
  });
});
