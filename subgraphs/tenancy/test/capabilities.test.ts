/**
 * The capability fields (`Workspace.viewerRole`, `viewerCanCreateProject`, `Project.viewerRole`,
 * `viewerCanEdit`, `viewerCanManageMembers`, `me.canCreateWorkspace`, `me.canManageUsers`) per
 * role, each checked against what the mutations really allow: createProject and
 * addProjectMember in tenancy, scaleDeployment in the workloads subgraph (started in-process and
 * called with the identity tenancy hands the gateway). Real Kubernetes: projects are namespaces.
 */
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Identity } from '@meridian/core';
import { callSubgraph } from '@meridian/core/testing';
import { createDeployment, deleteNamespace, labKubeConfig, labKubeconfigPath } from '@meridian/core/kube/testing';
import { start as startWorkloads } from '../../workloads/src/index.ts';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

type Role = 'platformAdmin' | 'workspaceAdmin' | 'workspaceSelfProvisioner' | 'workspaceViewer' | 'projectAdmin' | 'projectOperator' | 'projectViewer' | 'outsider';

interface Expected {
  /** What Workspace fields say, or null when the workspace is not visible at all. */
  workspace: { viewerRole: string | null; viewerCanCreateProject: boolean } | null;
  /** What Project fields say, or null when the project is not visible at all. */
  project: { viewerRole: string | null; viewerCanEdit: boolean; viewerCanManageMembers: boolean } | null;
  me: { canCreateWorkspace: boolean; canManageUsers: boolean };
}

const regular = { canCreateWorkspace: false, canManageUsers: false };
const EXPECTED: Record<Role, Expected> = {
  // Sees everything through the platform role alone: no membership of its own.
  platformAdmin: {
    workspace: { viewerRole: null, viewerCanCreateProject: true },
    project: { viewerRole: null, viewerCanEdit: true, viewerCanManageMembers: true },
    me: { canCreateWorkspace: true, canManageUsers: true },
  },
  workspaceAdmin: {
    workspace: { viewerRole: 'WORKSPACE_ADMIN', viewerCanCreateProject: true },
    project: { viewerRole: null, viewerCanEdit: true, viewerCanManageMembers: true },
    me: regular,
  },
  // May create projects, but sees only the ones it is a member of.
  workspaceSelfProvisioner: {
    workspace: { viewerRole: 'WORKSPACE_SELF_PROVISIONER', viewerCanCreateProject: true },
    project: null,
    me: regular,
  },
  workspaceViewer: {
    workspace: { viewerRole: 'WORKSPACE_VIEWER', viewerCanCreateProject: false },
    project: { viewerRole: null, viewerCanEdit: false, viewerCanManageMembers: false },
    me: regular,
  },
  projectAdmin: {
    workspace: { viewerRole: null, viewerCanCreateProject: false },
    project: { viewerRole: 'ADMIN', viewerCanEdit: true, viewerCanManageMembers: true },
    me: regular,
  },
  projectOperator: {
    workspace: { viewerRole: null, viewerCanCreateProject: false },
    project: { viewerRole: 'OPERATOR', viewerCanEdit: true, viewerCanManageMembers: false },
    me: regular,
  },
  projectViewer: {
    workspace: { viewerRole: null, viewerCanCreateProject: false },
    project: { viewerRole: 'VIEWER', viewerCanEdit: false, viewerCanManageMembers: false },
    me: regular,
  },
  // Admin of another tenant: nothing of ours is visible or changeable.
  outsider: { workspace: null, project: null, me: regular },
};
const ROLES = Object.keys(EXPECTED) as Role[];

const s = suffix();
const WS = `capws-${s}`;
const PROJECT = `cap-${s}`;
const OTHER_WS = `capother-${s}`;
const OTHER_PROJECT = `capother-${s}`;
const DEPLOYMENT = 'web';

let h: Harness;
let workloads: Awaited<ReturnType<typeof startWorkloads>>;
const ids = {} as Record<Role, Identity>;
const namespaces: string[] = [];
let target: string;

const WORKSPACE_Q = 'query($n: String!) { workspace(name: $n) { name viewerRole viewerCanCreateProject } }';
const PROJECT_Q = 'query($n: String!) { project(name: $n) { name viewerRole viewerCanEdit viewerCanManageMembers } }';
const ME_Q = '{ me { canCreateWorkspace canManageUsers } }';
const CREATE_WS = 'mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }';
const CREATE_PROJECT = 'mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }';
const ADD_WS_MEMBER = 'mutation($w: String!, $u: String!, $r: WorkspaceRole!) { addWorkspaceMember(workspace: $w, username: $u, role: $r) { role } }';
const ADD_PROJECT_MEMBER = 'mutation($p: String!, $u: String!, $r: ProjectRole!) { addProjectMember(project: $p, username: $u, role: $r) { role } }';
const SCALE = 'mutation($ns: String!, $n: String!, $r: Int!) { scaleDeployment(namespace: $ns, name: $n, replicas: $r) { replicas } }';

async function must(query: string, vars: Record<string, unknown>, who: Identity) {
  const res = await h.call(query, vars, who);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
}

beforeAll(async () => {
  const kubeconfig = labKubeconfigPath(); // fails with a clear message when the lab is down
  h = await startTenancy('caps', { kubeconfig });
  const owner = await h.makeUser(`owner-${s}`, 'platform-admin');
  const ownerId = await h.signIn(owner.username, owner.password);
  const users = {} as Record<Role, { username: string; password: string }>;
  for (const role of ROLES) users[role] = await h.makeUser(`${role.toLowerCase()}-${s}`, role === 'platformAdmin' ? 'platform-admin' : 'platform-regular');
  target = (await h.makeUser(`target-${s}`)).username;

  await must(CREATE_WS, { n: WS }, ownerId);
  await must(CREATE_WS, { n: OTHER_WS }, ownerId);
  await must(CREATE_PROJECT, { w: WS, n: PROJECT }, ownerId);
  namespaces.push(PROJECT);
  await must(CREATE_PROJECT, { w: OTHER_WS, n: OTHER_PROJECT }, ownerId);
  namespaces.push(OTHER_PROJECT);
  // No pods to run (replicas 0): the check is who may change it, not what kwok does.
  await createDeployment(labKubeConfig(kubeconfig), PROJECT, DEPLOYMENT, { replicas: 0 });

  const grant = (q: string, vars: Record<string, unknown>) => must(q, vars, ownerId);
  await grant(ADD_WS_MEMBER, { w: WS, u: users.workspaceAdmin.username, r: 'WORKSPACE_ADMIN' });
  await grant(ADD_WS_MEMBER, { w: WS, u: users.workspaceSelfProvisioner.username, r: 'WORKSPACE_SELF_PROVISIONER' });
  await grant(ADD_WS_MEMBER, { w: WS, u: users.workspaceViewer.username, r: 'WORKSPACE_VIEWER' });
  await grant(ADD_PROJECT_MEMBER, { p: PROJECT, u: users.projectAdmin.username, r: 'ADMIN' });
  await grant(ADD_PROJECT_MEMBER, { p: PROJECT, u: users.projectOperator.username, r: 'OPERATOR' });
  await grant(ADD_PROJECT_MEMBER, { p: PROJECT, u: users.projectViewer.username, r: 'VIEWER' });
  await grant(ADD_WS_MEMBER, { w: OTHER_WS, u: users.outsider.username, r: 'WORKSPACE_ADMIN' });
  await grant(ADD_PROJECT_MEMBER, { p: OTHER_PROJECT, u: users.outsider.username, r: 'ADMIN' });
  // The identity tenancy hands the gateway for each of them, grants included.
  for (const role of ROLES) ids[role] = await h.signIn(users[role].username, users[role].password);

  // Started after the namespaces exist, so its namespace cache knows their workspace labels.
  workloads = await startWorkloads({ port: 0, kubeconfig });
});

afterAll(async () => {
  await workloads?.stop();
  if (namespaces.length) {
    const kc = labKubeConfig();
    await Promise.all(namespaces.map((n) => deleteNamespace(kc, n)));
  }
  await h?.stop();
});

describe('capability fields per role match what the mutations allow', () => {
  for (const role of ROLES) {
    const want = EXPECTED[role];

    test(`${role}: Workspace.viewerRole / viewerCanCreateProject, and createProject`, async () => {
      const res = await h.call<{ workspace: { viewerRole: string | null; viewerCanCreateProject: boolean } }>(WORKSPACE_Q, { n: WS }, ids[role]);
      if (want.workspace) {
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        assert.deepEqual({ ...res.data!.workspace, name: undefined }, { ...want.workspace, name: undefined });
      } else {
        assert.deepEqual(codes(res), ['NOT_FOUND']);
      }
      const name = `capnew-${suffix()}`;
      const created = await h.call(CREATE_PROJECT, { w: WS, n: name }, ids[role]);
      if (!created.errors) namespaces.push(name);
      if (want.workspace?.viewerCanCreateProject) assert.deepEqual(codes(created), [], 'the field said yes, so createProject must work');
      else assert.ok(['FORBIDDEN', 'NOT_FOUND'].includes(codes(created)[0] ?? ''), `createProject should be refused, got ${JSON.stringify(created.errors)}`);
    });

    test(`${role}: Project.viewerRole / viewerCanEdit, and scaleDeployment in workloads`, async () => {
      const res = await h.call<{ project: { viewerRole: string | null; viewerCanEdit: boolean; viewerCanManageMembers: boolean } }>(PROJECT_Q, { n: PROJECT }, ids[role]);
      if (want.project) {
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const { viewerRole, viewerCanEdit, viewerCanManageMembers } = res.data!.project;
        assert.deepEqual({ viewerRole, viewerCanEdit, viewerCanManageMembers }, want.project);
      } else {
        assert.deepEqual(codes(res), ['NOT_FOUND']);
      }
      const canEdit = want.project?.viewerCanEdit ?? false;
      const scaled = await callSubgraph(workloads.url, SCALE, { ns: PROJECT, n: DEPLOYMENT, r: 0 }, ids[role]);
      // FORBIDDEN only for those who see the project; to everyone else it is not found.
      assert.deepEqual(codes(scaled), canEdit ? [] : want.project ? ['FORBIDDEN'] : ['NOT_FOUND'], JSON.stringify(scaled.errors));
    });

    test(`${role}: Project.viewerCanManageMembers, and addProjectMember`, async () => {
      const added = await h.call(ADD_PROJECT_MEMBER, { p: PROJECT, u: target, r: 'VIEWER' }, ids[role]);
      assert.deepEqual(codes(added), want.project?.viewerCanManageMembers ? [] : want.project ? ['FORBIDDEN'] : ['NOT_FOUND'], JSON.stringify(added.errors));
    });

    test(`${role}: me.canCreateWorkspace / canManageUsers, and createWorkspace / users`, async () => {
      const me = await h.call<{ me: Expected['me'] }>(ME_Q, {}, ids[role]);
      assert.deepEqual(me.data!.me, want.me);
      const ws = await h.call(CREATE_WS, { n: `capws-${suffix()}` }, ids[role]);
      assert.deepEqual(codes(ws), want.me.canCreateWorkspace ? [] : ['FORBIDDEN']);
      const users = await h.call('{ users(first: 1) { totalCount } }', {}, ids[role]);
      assert.deepEqual(codes(users), want.me.canManageUsers ? [] : ['FORBIDDEN']);
    });
  }

  test('the other tenant stays invisible to our members, and its project cannot be scaled by them', async () => {
    for (const role of ROLES.filter((r) => r !== 'platformAdmin' && r !== 'outsider')) {
      assert.deepEqual(codes(await h.call(PROJECT_Q, { n: OTHER_PROJECT }, ids[role])), ['NOT_FOUND'], role);
      assert.deepEqual(codes(await h.call(WORKSPACE_Q, { n: OTHER_WS }, ids[role])), ['NOT_FOUND'], role);
      const scaled = await callSubgraph(workloads.url, SCALE, { ns: OTHER_PROJECT, n: DEPLOYMENT, r: 1 }, ids[role]);
      assert.deepEqual(codes(scaled), ['NOT_FOUND'], role);
    }
  });
});
