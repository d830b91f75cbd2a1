import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { KubeApiError, kubeRequest } from '@meridian/core/kube';
import { createNamespace, deleteNamespace, labKubeConfig } from '@meridian/core/kube/testing';
import { ldapGroupMember } from './ldap-group-member.ts';
import { instanceOf, kubeBindingName, kubeRoleName } from '../src/rbac/mirror.ts';
import { startTenancy, suffix, type Harness } from './helpers.ts';

// A workspace grant given or taken at an LDAP sign-in (group → role mapping) reaches Kubernetes
// RBAC before the sign-in returns, in the workspace's project, against the lab's slapd and API
// server. The mirror's resync is 10 minutes: only the sign-in can have done it.

const tag = suffix();
const person = ldapGroupMember(`rbg-${tag}`, `mrd-rbg-${tag}`);
const { uid, password, group } = person;
const workspace = `rbgws-${tag}`;
const namespace = `rbgns-${tag}`;
const kc = labKubeConfig();
let h: Harness;

const binding = () =>
  kubeRequest<{ roleRef: { name: string } }>(kc, { path: `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings/${kubeBindingName(instanceOf(h.databaseUrl), uid)}` }).catch((err) => {
    if (err instanceof KubeApiError && err.statusCode === 404) return null;
    throw err;
  });

beforeAll(async () => {
  await person.create();
  await createNamespace(kc, namespace, workspace);
  h = await startTenancy('rbac_groups', {
    ldap: person.ldap,
    groupRoles: [{ source: 'ldap', group, workspace, workspaceRole: 'workspace-admin' }],
    rbacResyncMs: 600_000,
  });
  const owner = await h.makeUser(`owner-${tag}`, 'platform-admin');
  await h.prisma.workspace.create({ data: { name: workspace, displayName: workspace, createdById: owner.id } });
});

afterAll(async () => {
  await h?.stop();
  await person.remove();
  await deleteNamespace(kc, namespace).catch(() => undefined);
});

test('a workspace grant from a directory group is mirrored at sign-in, and leaving the group takes it away', async () => {
  assert.equal(await binding(), null);
  const first = await h.signIn(uid, password);
  assert.equal(first.workspaces[workspace], 'workspace-admin');
  assert.equal((await binding())?.roleRef.name, kubeRoleName(instanceOf(h.databaseUrl), 'admin'));

  await person.leaveGroup();
  const after = await h.signIn(uid, password);
  assert.equal(after.workspaces[workspace], undefined);
  assert.equal(await binding(), null);
});
