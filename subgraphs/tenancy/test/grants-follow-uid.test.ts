import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { config, type Identity } from '@meridian/core';
import { KubeApiError, kubeRequest, loadKubeConfig } from '@meridian/core/kube';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// Project grants belong to the namespace they were made on (its uid), not to its name: against
// the lab's real API server, a namespace deleted and created again gives old members nothing.

const kubeconfig = config.kubeconfig;
const s = suffix();
const P = `reborn-${s}`;
let h: Harness;

async function mustCall<T>(query: string, vars: Record<string, unknown>, who: Identity): Promise<T> {
  const res = await h.call<T>(query, vars, who);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  if (!existsSync(kubeconfig)) throw new Error(`the lab's Kubernetes is not running (no ${kubeconfig}); start it with "npm run lab:up"`);
  h = await startTenancy('uidgrants', { kubeconfig });
});
afterAll(async () => {
  await kubeRequest(loadKubeConfig(kubeconfig), { method: 'DELETE', path: `/api/v1/namespaces/${P}` }).catch(() => undefined);
  await h?.stop();
});

describe('grants follow the namespace, not its name', () => {
  it('a deleted and recreated namespace (now another tenant\'s) gives its old members nothing', async () => {
    const kc = loadKubeConfig(kubeconfig);
    const first = await h.makeUser(`owner1-${s}`, 'platform-self-provisioner');
    const second = await h.makeUser(`owner2-${s}`, 'platform-self-provisioner');
    const member = await h.makeUser(`member-${s}`);
    let one = await h.signIn(first.username, first.password);
    await mustCall('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: `ws1-${s}` }, one);
    one = await h.signIn(first.username, first.password);
    await mustCall('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: `ws1-${s}`, n: P }, one);
    await mustCall('mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: OPERATOR) { role } }', { p: P, u: member.username }, one);
    const before = await h.signIn(member.username, member.password);
    expect(before.projects[P]).toBe('operator');
    const oldUid = (await kubeRequest<{ metadata: { uid: string } }>(kc, { path: `/api/v1/namespaces/${P}` })).metadata.uid;
    const grant = await h.prisma.projectMember.findUniqueOrThrow({ where: { namespace_userId: { namespace: P, userId: member.id } } });
    expect(grant.namespaceUid).toBe(oldUid);

    await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${P}` });
    await until('the namespace to be gone', async () => {
      try {
        await kubeRequest(kc, { path: `/api/v1/namespaces/${P}` });
        return false;
      } catch (err) {
        if (err instanceof KubeApiError && err.statusCode === 404) return true;
        throw err;
      }
    });
    // Its grants are cleaned up when it goes.
    await until('the grants of the deleted namespace to be removed', async () => (await h.prisma.projectMember.count({ where: { namespace: P } })) === 0, 15_000);

    // Someone else, in another workspace, creates a project of the same name.
    let two = await h.signIn(second.username, second.password);
    await mustCall('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: `ws2-${s}` }, two);
    two = await h.signIn(second.username, second.password);
    await mustCall('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: `ws2-${s}`, n: P }, two);

    // Even a stale grant row with the old uid (as if tenancy had been down at the deletion) is void.
    await h.prisma.projectMember.create({ data: { namespace: P, namespaceUid: oldUid, userId: member.id, role: 'admin' } });
    const after = await h.signIn(member.username, member.password);
    expect(after.projects).toEqual({});
    expect(codes(await h.call('query($n: String!) { project(name: $n) { name } }', { n: P }, after))).toEqual(['NOT_FOUND']);
    const stillOne = await h.signIn(first.username, first.password);
    expect(stillOne.projects[P]).toBeUndefined();
    // The new owner's grant is on the new namespace and holds.
    const owner = await h.signIn(second.username, second.password);
    expect(owner.projects[P]).toBe('admin');
    // Granting the old member again makes a grant on the new namespace.
    await mustCall('mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: VIEWER) { role } }', { p: P, u: member.username }, owner);
    expect((await h.signIn(member.username, member.password)).projects[P]).toBe('viewer');
  });
});
