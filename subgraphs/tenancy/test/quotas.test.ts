import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { config, type Identity } from '@meridian/core';
import { callSubgraph } from '@meridian/core/testing';
import { KubeApiError, kubeRequest, loadKubeConfig } from '@meridian/core/kube';
import { start as startWorkloads } from '../../workloads/src/index.ts';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// Issue #9's quotas, default limits and network isolation against the lab's real API server
// (ResourceQuota and LimitRanger admission, the quota controller's counts, stored
// NetworkPolicies) and Postgres (the workspace's quota). Workloads are created through the
// workloads subgraph, so its error mapping is what a caller sees.

const kubeconfig = config.kubeconfig;
const kc = () => loadKubeConfig(kubeconfig);
const s = suffix();
const WS = `qt-${s}`;
const P1 = `qt-${s}-a`;
const P2 = `qt-${s}-b`;
const P3 = `qt-${s}-c`;
const P4 = `qt-${s}-d`;
const OTHER_WS = `qt-${s}-x`;
const namespaces = [P1, P2, P3, P4];
let h: Harness;
let workloads: { url: string; stop(): Promise<void> };
type Who = 'admin' | 'wsAdmin' | 'wsViewer' | 'projAdmin' | 'operator' | 'viewer' | 'outsider';
const ids = {} as Record<Who, Identity>;

async function mustCall<T = Record<string, any>>(query: string, vars: Record<string, unknown>, who: Identity): Promise<T> {
  const res = await h.call<T>(query, vars, who);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}
const firstError = async (query: string, vars: Record<string, unknown>, who: Identity) => {
  const res = await h.call(query, vars, who);
  expect(res.errors, `expected an error from ${query}`).toBeDefined();
  return res.errors![0] as { message: string; extensions: Record<string, unknown> };
};
const codeOf = async (query: string, vars: Record<string, unknown>, who: Identity) => codes(await h.call(query, vars, who))[0] ?? 'OK';
const onWorkloads = <T = Record<string, any>>(query: string, vars: Record<string, unknown>, who: Identity) => callSubgraph<T>(workloads.url, query, vars, who);
async function mustWorkloads(query: string, vars: Record<string, unknown>, who: Identity): Promise<void> {
  const res = await onWorkloads(query, vars, who);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function kubeGet<T>(path: string): Promise<T | undefined> {
  try {
    return await kubeRequest<T>(kc(), { path });
  } catch (err) {
    if (err instanceof KubeApiError && err.statusCode === 404) return undefined;
    throw err;
  }
}
const policyOf = (ns: string, name: string) => kubeGet<{ spec: Record<string, any> }>(`/apis/networking.k8s.io/v1/namespaces/${ns}/networkpolicies/${name}`);

const SET_QUOTA = 'mutation($p: String!, $h: [QuotaLimitInput!]!) { setProjectQuota(project: $p, input: { hard: $h }) { name quota { resource hard used fraction } } }';
const SET_WS_QUOTA = 'mutation($w: String!, $h: [QuotaLimitInput!]!) { setWorkspaceQuota(workspace: $w, input: { hard: $h }) { name quota { resource hard used allocated fraction } } }';
const SET_LIMITS = 'mutation($p: String!, $i: LimitRangeInput) { setProjectLimitRange(project: $p, input: $i) { limitRange { defaultRequestCpu defaultRequestMemory defaultLimitCpu defaultLimitMemory } } }';
const SET_ISOLATION = 'mutation($p: String!, $e: Boolean!) { setProjectNetworkIsolation(project: $p, enabled: $e) { networkIsolated } }';
const SET_WS_ISOLATION = 'mutation($w: String!, $e: Boolean!) { setWorkspaceNetworkIsolation(workspace: $w, enabled: $e) { networkIsolated } }';
const PROJECT_QUOTA = 'query($p: String!) { project(name: $p) { quota { resource hard used fraction } viewerCanManageSettings } }';
const hardOf = (o: Record<string, string>) => Object.entries(o).map(([resource, hard]) => ({ resource, hard }));

const podYaml = (name: string, resources?: { limits?: Record<string, string>; requests?: Record<string, string> }) =>
  JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'app', image: 'nginx:1.27', ...(resources ? { resources } : {}) }] } });
const APPLY = 'mutation($p: String!, $y: String!) { applyYaml(project: $p, yaml: $y) { name } }';

beforeAll(async () => {
  if (!existsSync(kubeconfig)) throw new Error(`the lab's Kubernetes is not running (no ${kubeconfig}); start it with "npm run lab:up"`);
  h = await startTenancy('quotas', { kubeconfig });
  workloads = await startWorkloads({ port: 0, kubeconfig });
  const users = {} as Record<Who, { username: string; password: string }>;
  users.admin = await h.makeUser(`qadm-${s}`, 'platform-admin');
  for (const k of ['wsAdmin', 'wsViewer', 'projAdmin', 'operator', 'viewer', 'outsider'] as const) users[k] = await h.makeUser(`q${k.toLowerCase()}-${s}`);
  ids.admin = await h.signIn(users.admin.username, users.admin.password);
  for (const w of [WS, OTHER_WS]) await mustCall('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: w }, ids.admin);
  ids.admin = await h.signIn(users.admin.username, users.admin.password);
  for (const p of [P1, P2]) await mustCall('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: p }, ids.admin);
  const addWs = 'mutation($w: String!, $u: String!, $r: WorkspaceRole!) { addWorkspaceMember(workspace: $w, username: $u, role: $r) { role } }';
  await mustCall(addWs, { w: WS, u: users.wsAdmin.username, r: 'WORKSPACE_ADMIN' }, ids.admin);
  await mustCall(addWs, { w: WS, u: users.wsViewer.username, r: 'WORKSPACE_VIEWER' }, ids.admin);
  // The outsider administers a workspace of their own: no grant reaches WS.
  await mustCall(addWs, { w: OTHER_WS, u: users.outsider.username, r: 'WORKSPACE_ADMIN' }, ids.admin);
  const addP = 'mutation($p: String!, $u: String!, $r: ProjectRole!) { addProjectMember(project: $p, username: $u, role: $r) { role } }';
  await mustCall(addP, { p: P1, u: users.projAdmin.username, r: 'ADMIN' }, ids.admin);
  await mustCall(addP, { p: P1, u: users.operator.username, r: 'OPERATOR' }, ids.admin);
  await mustCall(addP, { p: P1, u: users.viewer.username, r: 'VIEWER' }, ids.admin);
  for (const k of Object.keys(users) as Who[]) ids[k] = await h.signIn(users[k].username, users[k].password);
}, 120_000);

afterAll(async () => {
  for (const p of namespaces) await kubeRequest(kc(), { method: 'DELETE', path: `/api/v1/namespaces/${p}` }).catch(() => undefined);
  await workloads?.stop();
  await h?.stop();
});

describe('project quota', () => {
  it('sets a real ResourceQuota and reads its limits and the quota controller\'s usage', async () => {
    const set = await mustCall<{ setProjectQuota: { quota: { resource: string; hard: string }[] } }>(
      SET_QUOTA,
      { p: P1, h: hardOf({ pods: '3', 'limits.cpu': '1', 'limits.memory': '1Gi', 'requests.cpu': '500m' }) },
      ids.projAdmin,
    );
    expect(set.setProjectQuota.quota.map((q) => [q.resource, q.hard])).toEqual([['requests.cpu', '500m'], ['limits.cpu', '1'], ['limits.memory', '1Gi'], ['pods', '3']]);
    const rq = await kubeGet<{ spec: { hard: Record<string, string> } }>(`/api/v1/namespaces/${P1}/resourcequotas/meridian-quota`);
    expect(rq?.spec.hard).toEqual({ pods: '3', 'limits.cpu': '1', 'limits.memory': '1Gi', 'requests.cpu': '500m' });

    await mustWorkloads(APPLY, { p: P1, y: podYaml('small', { limits: { cpu: '200m', memory: '128Mi' }, requests: { cpu: '100m' } }) }, ids.operator);
    const seen = await until('the quota to count the pod', async () => {
      const q = (await mustCall<{ project: { quota: { resource: string; used: string | null; fraction: number | null }[] } }>(PROJECT_QUOTA, { p: P1 }, ids.viewer)).project.quota;
      const by = new Map(q.map((r) => [r.resource, r]));
      return by.get('pods')?.used === '1' && by.get('limits.cpu')?.used === '200m' ? by : undefined;
    });
    expect(seen.get('limits.cpu')!.fraction).toBeCloseTo(0.2, 5);
    expect(seen.get('limits.memory')!.used).toBe('128Mi');
    expect(seen.get('limits.memory')!.fraction).toBeCloseTo(0.125, 5);
  });

  it('a bare Pod over the quota is refused at create, naming the resource', async () => {
    const res = await onWorkloads(APPLY, { p: P1, y: podYaml('big', { limits: { cpu: '2', memory: '128Mi' }, requests: { cpu: '100m' } }) }, ids.operator);
    const e = res.errors?.[0];
    expect(e?.extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    expect(e?.extensions?.reason).toBe('QUOTA_EXCEEDED');
    expect(e?.extensions?.resource).toBe('limits.cpu');
    expect(e?.extensions?.quota).toBe('meridian-quota');
    expect(e?.message).toMatch(/limits\.cpu: requested 2, already used 200m of 1/);
    expect(await kubeGet(`/api/v1/namespaces/${P1}/pods/big`)).toBeUndefined();
  });

  it('a pod that sets no limits is refused while the quota needs them (no LimitRange yet)', async () => {
    const res = await onWorkloads(APPLY, { p: P1, y: podYaml('bare') }, ids.operator);
    const e = res.errors?.[0];
    expect(e?.extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    expect(e?.extensions?.reason).toBe('QUOTA_EXCEEDED');
    expect(['limits.cpu', 'limits.memory', 'requests.cpu']).toContain(e?.extensions?.resource);
  });

  it('a Deployment over the quota is accepted, and its pods\' refusal shows as its status', async () => {
    // The API server admits the Deployment itself; its ReplicaSet's pod creates are what the
    // quota refuses, and the deployment controller reports that as the ReplicaFailure condition.
    const create = 'mutation($p: String!, $i: DeploymentInput!) { createDeployment(project: $p, input: $i) { name } }';
    const input = { name: 'greedy', replicas: 1, template: { containers: [{ image: 'nginx:1.27', resources: { cpuLimit: '3', memoryLimit: '128Mi', cpuRequest: '100m' } }] } };
    const res = await onWorkloads(create, { p: P1, i: input }, ids.operator);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const status = await until('the Deployment to report the quota refusal', async () => {
      const r = await onWorkloads<{ deployment: { status: { status: string; message: string | null } } }>(
        'query($n: String!, $p: String!) { deployment(namespace: $p, name: $n) { status { status message } } }',
        { p: P1, n: 'greedy' },
        ids.viewer,
      );
      const st = r.data?.deployment?.status;
      return st?.status === 'Failed' ? st : undefined;
    }, 60_000);
    expect(status.message).toMatch(/exceeded quota: meridian-quota/);
    expect(status.message).toMatch(/limits\.cpu/);
  });

  it('LimitRange defaults fill a pod created without resources', async () => {
    const set = await mustCall<{ setProjectLimitRange: { limitRange: Record<string, string> } }>(
      SET_LIMITS,
      { p: P1, i: { defaultRequestCpu: '50m', defaultRequestMemory: '32Mi', defaultLimitCpu: '100m', defaultLimitMemory: '64Mi' } },
      ids.projAdmin,
    );
    expect(set.setProjectLimitRange.limitRange).toEqual({ defaultRequestCpu: '50m', defaultRequestMemory: '32Mi', defaultLimitCpu: '100m', defaultLimitMemory: '64Mi' });
    await mustWorkloads(APPLY, { p: P1, y: podYaml('defaulted') }, ids.operator);
    const pod = await kubeGet<{ spec: { containers: { resources: { limits: Record<string, string>; requests: Record<string, string> } }[] } }>(`/api/v1/namespaces/${P1}/pods/defaulted`);
    expect(pod?.spec.containers[0].resources).toEqual({ limits: { cpu: '100m', memory: '64Mi' }, requests: { cpu: '50m', memory: '32Mi' } });
    expect(await codeOf(SET_LIMITS, { p: P1, i: { defaultRequestCpu: '2', defaultLimitCpu: '1' } }, ids.projAdmin)).toBe('BAD_USER_INPUT');
    // null removes it
    const cleared = await mustCall<{ setProjectLimitRange: { limitRange: null } }>(SET_LIMITS, { p: P1, i: null }, ids.projAdmin);
    expect(cleared.setProjectLimitRange.limitRange).toBeNull();
    expect(await kubeGet(`/api/v1/namespaces/${P1}/limitranges/meridian-limits`)).toBeUndefined();
  });

  it('bad input is BAD_USER_INPUT on the field, naming the resource', async () => {
    const unknown = await firstError(SET_QUOTA, { p: P1, h: hardOf({ 'limits.gpu': '1' }) }, ids.projAdmin);
    expect([unknown.extensions.code, unknown.extensions.field, unknown.extensions.resource]).toEqual(['BAD_USER_INPUT', 'input.hard[0].resource', 'limits.gpu']);
    const quantity = await firstError(SET_QUOTA, { p: P1, h: hardOf({ pods: '2', 'limits.cpu': 'lots' }) }, ids.projAdmin);
    expect([quantity.extensions.code, quantity.extensions.field, quantity.extensions.resource]).toEqual(['BAD_USER_INPUT', 'input.hard[1].hard', 'limits.cpu']);
    expect(await codeOf(SET_QUOTA, { p: P1, h: hardOf({ pods: '1.5' }) }, ids.projAdmin)).toBe('BAD_USER_INPUT');
  });
});

describe('workspace quota', () => {
  it('is refused while a project has no quota for a resource it limits, naming both', async () => {
    const e = await firstError(SET_WS_QUOTA, { w: WS, h: hardOf({ 'limits.cpu': '4' }) }, ids.wsAdmin);
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.resource).toBe('limits.cpu');
    expect(e.message).toContain(`project "${P2}"`);
  });

  it('bounds the sum of its projects\' quotas, and shows their summed use', async () => {
    await mustCall(SET_QUOTA, { p: P2, h: hardOf({ 'limits.cpu': '1', 'limits.memory': '1Gi' }) }, ids.wsAdmin);
    const over = await firstError(SET_WS_QUOTA, { w: WS, h: hardOf({ 'limits.cpu': '1500m' }) }, ids.wsAdmin);
    expect([over.extensions.code, over.extensions.resource]).toEqual(['BAD_USER_INPUT', 'limits.cpu']);
    expect(over.message).toMatch(/add up to 2, above the workspace's 1500m/);

    const set = await mustCall<{ setWorkspaceQuota: { quota: { resource: string; hard: string; used: string; allocated: string; fraction: number }[] } }>(
      SET_WS_QUOTA,
      { w: WS, h: hardOf({ 'limits.cpu': '2', 'limits.memory': '4Gi' }) },
      ids.wsAdmin,
    );
    const cpu = set.setWorkspaceQuota.quota.find((q) => q.resource === 'limits.cpu')!;
    // P1 runs "small" (200m) and "defaulted" (100m); P2 runs nothing.
    expect([cpu.hard, cpu.allocated, cpu.used]).toEqual(['2', '2', '300m']);
    expect(cpu.fraction).toBeCloseTo(0.15, 5);
    const mem = set.setWorkspaceQuota.quota.find((q) => q.resource === 'limits.memory')!;
    expect([mem.allocated, mem.used]).toEqual(['2Gi', '192Mi']);
    // Read back by a workspace viewer, from Postgres and the cluster.
    const read = await mustCall<{ workspace: { quota: { resource: string; hard: string }[]; viewerCanManageSettings: boolean } }>(
      'query($w: String!) { workspace(name: $w) { quota { resource hard } viewerCanManageSettings } }',
      { w: WS },
      ids.wsViewer,
    );
    expect(read.workspace.quota.map((q) => q.hard)).toEqual(['2', '4Gi']);
    expect(read.workspace.viewerCanManageSettings).toBe(false);
  });

  it('refuses a project quota that would push the workspace over, naming the resource', async () => {
    const e = await firstError(SET_QUOTA, { p: P1, h: hardOf({ pods: '3', 'limits.cpu': '1500m', 'limits.memory': '1Gi', 'requests.cpu': '500m' }) }, ids.projAdmin);
    expect([e.extensions.code, e.extensions.resource]).toEqual(['BAD_USER_INPUT', 'limits.cpu']);
    expect(e.message).toContain(`workspace "${WS}"`);
    // Dropping a resource the workspace limits would leave the project unbounded.
    const dropped = await firstError(SET_QUOTA, { p: P1, h: hardOf({ pods: '3', 'limits.cpu': '1' }) }, ids.projAdmin);
    expect([dropped.extensions.code, dropped.extensions.resource]).toEqual(['BAD_USER_INPUT', 'limits.memory']);
    // Within the workspace's room it is fine.
    await mustCall(SET_QUOTA, { p: P1, h: hardOf({ pods: '3', 'limits.cpu': '1', 'limits.memory': '3Gi', 'requests.cpu': '500m' }) }, ids.projAdmin);
  });

  it('a project created in it gets a zero share of each limited resource, so pods there are refused', async () => {
    await mustCall('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: P3 }, ids.wsAdmin);
    const q = await mustCall<{ project: { quota: { resource: string; hard: string }[] } }>(PROJECT_QUOTA, { p: P3 }, ids.wsAdmin);
    expect(q.project.quota.map((r) => [r.resource, r.hard])).toEqual([['limits.cpu', '0'], ['limits.memory', '0']]);
    const res = await onWorkloads(APPLY, { p: P3, y: podYaml('none-left', { limits: { cpu: '100m', memory: '64Mi' } }) }, ids.wsAdmin);
    expect(res.errors?.[0]?.extensions?.reason, JSON.stringify(res.errors)).toBe('QUOTA_EXCEEDED');
  });
  it('two project quota changes at once cannot both take the last room (one is refused)', async () => {
    // P1 1, P2 1, P3 0 of the workspace's 2 CPUs: give P2 back half, then ask for it twice at once.
    const p2 = (cpu: string) => ({ p: P2, h: hardOf({ 'limits.cpu': cpu, 'limits.memory': '1Gi' }) });
    await mustCall(SET_QUOTA, p2('500m'), ids.wsAdmin);
    const results = await Promise.all([
      h.call(SET_QUOTA, p2('1'), ids.wsAdmin),
      h.call(SET_QUOTA, { p: P3, h: hardOf({ 'limits.cpu': '500m', 'limits.memory': '0' }) }, ids.wsAdmin),
    ]);
    expect(results.map((r) => codes(r)[0] ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    const ws = await mustCall<{ workspace: { quota: { resource: string; allocated: string }[] } }>('query($w: String!) { workspace(name: $w) { quota { resource allocated } } }', { w: WS }, ids.wsAdmin);
    expect(ws.workspace.quota.find((q) => q.resource === 'limits.cpu')?.allocated).toBe('2');
  });
});

describe('network isolation', () => {
  it('project isolation creates and removes a NetworkPolicy admitting only the same namespace', async () => {
    const on = await mustCall<{ setProjectNetworkIsolation: { networkIsolated: boolean } }>(SET_ISOLATION, { p: P1, e: true }, ids.projAdmin);
    expect(on.setProjectNetworkIsolation.networkIsolated).toBe(true);
    const np = await policyOf(P1, 'meridian-project-isolation');
    expect(np?.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] });
    // Deleted by hand: the field reads the cluster, not a flag.
    await kubeRequest(kc(), { method: 'DELETE', path: `/apis/networking.k8s.io/v1/namespaces/${P1}/networkpolicies/meridian-project-isolation` });
    await until('the cache to see the deletion', async () => {
      const r = await mustCall<{ project: { networkIsolated: boolean } }>('query($p: String!) { project(name: $p) { networkIsolated } }', { p: P1 }, ids.viewer);
      return r.project.networkIsolated === false;
    });
    await mustCall(SET_ISOLATION, { p: P1, e: true }, ids.projAdmin);
  });

  it('workspace isolation puts a policy in each project not isolated on its own, and in new projects', async () => {
    const on = await mustCall<{ setWorkspaceNetworkIsolation: { networkIsolated: boolean } }>(SET_WS_ISOLATION, { w: WS, e: true }, ids.wsAdmin);
    expect(on.setWorkspaceNetworkIsolation.networkIsolated).toBe(true);
    for (const p of [P2, P3]) {
      expect((await policyOf(p, 'meridian-workspace-isolation'))?.spec.ingress).toEqual([{ from: [{ namespaceSelector: { matchLabels: { [config.workspaceLabel]: WS } } }] }]);
    }
    // P1 is isolated on its own: the stricter policy alone (policies add up).
    expect(await policyOf(P1, 'meridian-workspace-isolation')).toBeUndefined();
    await mustCall('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: P4 }, ids.wsAdmin);
    expect(await policyOf(P4, 'meridian-workspace-isolation')).toBeDefined();

    // P1's own isolation off: it falls back to the workspace's.
    const off = await mustCall<{ setProjectNetworkIsolation: { networkIsolated: boolean } }>(SET_ISOLATION, { p: P1, e: false }, ids.projAdmin);
    expect(off.setProjectNetworkIsolation.networkIsolated).toBe(false);
    expect(await policyOf(P1, 'meridian-project-isolation')).toBeUndefined();
    expect(await policyOf(P1, 'meridian-workspace-isolation')).toBeDefined();

    await mustCall(SET_WS_ISOLATION, { w: WS, e: false }, ids.wsAdmin);
    for (const p of [P1, P2, P3, P4]) expect(await policyOf(p, 'meridian-workspace-isolation')).toBeUndefined();
    const read = await mustCall<{ workspace: { networkIsolated: boolean } }>('query($w: String!) { workspace(name: $w) { networkIsolated } }', { w: WS }, ids.wsViewer);
    expect(read.workspace.networkIsolated).toBe(false);
  });
});

describe('who may change settings', () => {
  const projectOps = [
    [SET_QUOTA, { p: P1, h: hardOf({ pods: '5' }) }],
    [SET_LIMITS, { p: P1, i: { defaultLimitCpu: '1' } }],
    [SET_ISOLATION, { p: P1, e: true }],
  ] as const;
  const workspaceOps = [
    [SET_WS_QUOTA, { w: WS, h: hardOf({ pods: '5' }) }],
    [SET_WS_ISOLATION, { w: WS, e: true }],
  ] as const;

  it('project viewers and operators get FORBIDDEN, outsiders NOT_FOUND; nothing changes', async () => {
    for (const [query, vars] of projectOps) {
      expect(await codeOf(query, vars, ids.viewer), query).toBe('FORBIDDEN');
      expect(await codeOf(query, vars, ids.operator), query).toBe('FORBIDDEN');
      expect(await codeOf(query, vars, ids.wsViewer), query).toBe('FORBIDDEN');
      expect(await codeOf(query, vars, ids.outsider), query).toBe('NOT_FOUND');
    }
    const rq = await kubeGet<{ spec: { hard: Record<string, string> } }>(`/api/v1/namespaces/${P1}/resourcequotas/meridian-quota`);
    expect(rq?.spec.hard.pods).toBe('3');
    const caps = await mustCall<{ project: { viewerCanManageSettings: boolean } }>(PROJECT_QUOTA, { p: P1 }, ids.operator);
    expect(caps.project.viewerCanManageSettings).toBe(false);
    expect((await mustCall<{ project: { viewerCanManageSettings: boolean } }>(PROJECT_QUOTA, { p: P1 }, ids.projAdmin)).project.viewerCanManageSettings).toBe(true);
  });

  it('workspace settings: project admins and workspace viewers FORBIDDEN, outsiders NOT_FOUND', async () => {
    for (const [query, vars] of workspaceOps) {
      expect(await codeOf(query, vars, ids.projAdmin), query).toBe('FORBIDDEN');
      expect(await codeOf(query, vars, ids.wsViewer), query).toBe('FORBIDDEN');
      expect(await codeOf(query, vars, ids.outsider), query).toBe('NOT_FOUND');
    }
    const read = await mustCall<{ workspace: { quota: { hard: string }[]; networkIsolated: boolean } }>('query($w: String!) { workspace(name: $w) { quota { hard } networkIsolated } }', { w: WS }, ids.admin);
    expect(read.workspace.quota.map((q) => q.hard)).toEqual(['2', '4Gi']);
    expect(read.workspace.networkIsolated).toBe(false);
  });

  it('the objects Meridian manages cannot be changed by YAML, and other quotas need the settings role', async () => {
    const quotaYaml = (name: string) => JSON.stringify({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name }, spec: { hard: { pods: '100' } } });
    const DELETE = 'mutation($k: String!, $p: String!, $n: String!) { deleteObject(kind: $k, project: $p, name: $n) { name } }';
    const errorOf = async (query: string, vars: Record<string, unknown>, who: Identity) => (await onWorkloads(query, vars, who)).errors?.[0];
    // Around the workspace's rule: refused to everyone, pointing to the settings mutation.
    const own = await errorOf(APPLY, { p: P1, y: quotaYaml('meridian-quota') }, ids.admin);
    expect(own?.extensions?.code).toBe('FORBIDDEN');
    expect(own?.message).toContain('setProjectQuota');
    expect((await errorOf(DELETE, { k: 'ResourceQuota', p: P1, n: 'meridian-quota' }, ids.projAdmin))?.extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(DELETE, { k: 'NetworkPolicy', p: P2, n: 'meridian-workspace-isolation' }, ids.wsAdmin))?.extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(DELETE, { k: 'LimitRange', p: P1, n: 'meridian-limits' }, ids.projAdmin))?.extensions?.code).toBe('FORBIDDEN');
    // Another quota: settings, so the project admin may and the operator may not.
    expect((await errorOf(APPLY, { p: P1, y: quotaYaml('extra') }, ids.operator))?.extensions?.code).toBe('FORBIDDEN');
    await mustWorkloads(APPLY, { p: P1, y: quotaYaml('extra') }, ids.projAdmin);
    const rq = await kubeGet<{ spec: { hard: Record<string, string> } }>(`/api/v1/namespaces/${P1}/resourcequotas/meridian-quota`);
    expect(rq?.spec.hard['limits.cpu']).toBe('1');
  });

  it('an outsider cannot read another tenant\'s quota: NOT_FOUND, like a missing project', async () => {
    const res = await h.call(PROJECT_QUOTA, { p: P1 }, ids.outsider);
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(codes(await h.call(PROJECT_QUOTA, { p: `qt-${s}-missing` }, ids.outsider))).toEqual(['NOT_FOUND']);
  });
});
