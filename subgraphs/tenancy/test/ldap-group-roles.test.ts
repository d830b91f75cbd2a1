import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { projectRole, workspaceRole, type Identity } from '@meridian/core';
import { createNamespace, deleteNamespace, labKubeConfig } from '@meridian/core/kube/testing';
import { ldapGroupMember } from './ldap-group-member.ts';
import { startTenancy, suffix, type Harness } from './helpers.ts';

// LDAP group → role mapping against the lab's real slapd: a person of our own in a group of our
// own (other suites use the seeded people), signed in, taken out of the group, signed in again.

const tag = suffix();
const person = ldapGroupMember(`grp-${tag}`, `mrd-devs-${tag}`);
const { uid, password, group } = person;
const workspace = `ldapws-${tag}`;
const otherWorkspace = `ldapws2-${tag}`;
const namespace = `ldapns-${tag}`;
const kc = labKubeConfig();

let h: Harness;

beforeAll(async () => {
  await person.create();
  await createNamespace(kc, namespace);
  h = await startTenancy('ldap_groups', {
    ldap: person.ldap,
    groupRoles: [
      { source: 'ldap', group, platformRole: 'platform-self-provisioner' },
      { group, workspace, workspaceRole: 'workspace-admin' },
      { source: 'ldap', group, project: namespace, projectRole: 'operator' },
      // OIDC-only: never applies to a directory sign-in.
      { source: 'oidc', group, workspace: otherWorkspace, workspaceRole: 'workspace-viewer' },
    ],
  });
  const owner = await h.makeUser(`owner-${tag}`, 'platform-admin');
  for (const name of [workspace, otherWorkspace]) await h.prisma.workspace.create({ data: { name, displayName: name, createdById: owner.id } });
});

afterAll(async () => {
  await h?.stop();
  await person.remove();
  await deleteNamespace(kc, namespace).catch(() => undefined);
});

/** Signs in until the project grant shows (the namespace cache may not have the new namespace yet). */
async function signInWithProject(): Promise<Identity> {
  for (let i = 0; ; i++) {
    const identity = await h.signIn(uid, password);
    if (projectRole(identity, namespace)) return identity;
    if (i >= 20) return identity;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('a directory group gives its mapped platform, workspace and project roles at sign-in, and leaving it takes them back', async () => {
  const first = await signInWithProject();
  assert.equal(first.platformRole, 'platform-self-provisioner');
  assert.deepEqual({ ...first.workspaces }, { [workspace]: 'workspace-admin' }, 'the OIDC-only mapping does not apply');
  assert.equal(projectRole(first, namespace), 'operator');
  const user = await h.prisma.user.findUniqueOrThrow({ where: { username: uid } });
  assert.equal(user.source, 'ldap');

  // A grant made by hand, on a workspace no mapping names, must survive the group change.
  await h.prisma.workspaceMember.create({ data: { workspaceName: otherWorkspace, userId: user.id, role: 'workspace-regular' } });

  await person.leaveGroup();
  const after = await h.signIn(uid, password);
  assert.equal(after.platformRole, 'platform-regular');
  assert.deepEqual({ ...after.workspaces }, { [otherWorkspace]: 'workspace-regular' });
  assert.equal(projectRole(after, namespace), undefined);
  assert.equal(await h.prisma.groupGrant.count({ where: { userId: user.id } }), 0);

  // Back in the group: back in the roles.
  await person.joinGroup();
  const again = await signInWithProject();
  assert.equal(again.platformRole, 'platform-self-provisioner');
  assert.equal(workspaceRole(again, workspace), 'workspace-admin');
  assert.equal(projectRole(again, namespace), 'operator');
});

test('a mapped grant changed by hand since is left alone when the group is left', async () => {
  await signInWithProject();
  const user = await h.prisma.user.findUniqueOrThrow({ where: { username: uid } });
  // An admin made them a viewer of the workspace by hand after the mapping gave workspace-admin.
  await h.prisma.workspaceMember.update({ where: { workspaceName_userId: { workspaceName: workspace, userId: user.id } }, data: { role: 'workspace-viewer' } });
  await person.leaveGroup();
  const after = await h.signIn(uid, password);
  assert.equal(workspaceRole(after, workspace), 'workspace-viewer');
});
