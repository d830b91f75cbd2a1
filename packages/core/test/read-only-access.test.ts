/**
 * API tokens in the access layer: a read-only identity passes no write policy and no mutation
 * (`refuseReadOnly`) but reads as before; `narrowToProjects` keeps exactly the chosen projects,
 * each with the role the identity effectively holds there, and drops every other grant; a
 * malformed read-only flag never widens.
 */
import { describe, expect, it } from 'vitest';
import { effectiveProjectRole, narrowToProjects, normalizeIdentity, policies, projectAccess, refuseReadOnly, type Identity, type NamespaceLookup } from '../src/index.ts';

const LABELS: Record<string, string> = { web: 'shop', db: 'shop', other: 'elsewhere', constructor: 'shop' };
const directory = async (): Promise<NamespaceLookup> => ({
  get: (name) => (Object.hasOwn(LABELS, name) ? { metadata: { name } } : undefined),
  workspaceOf: (name) => (Object.hasOwn(LABELS, name) ? LABELS[name] : undefined),
  list: () => Object.keys(LABELS).map((name) => ({ metadata: { name } })),
});
const workspaceOf = (ns: string) => (Object.hasOwn(LABELS, ns) ? LABELS[ns] : undefined);
const user = (grants: Partial<Identity>): Identity => normalizeIdentity({ kind: 'user', userId: 'u', username: 'u', platformRole: 'platform-regular', workspaces: {}, projects: {}, ...grants });
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('read-only identities', () => {
  const admin = user({ platformRole: 'platform-admin' });
  const readOnlyAdmin = normalizeIdentity({ ...admin, readOnly: true, authMethod: 'token', tokenId: 't' });

  it('pass no write policy (FORBIDDEN) but every read policy, and refuseReadOnly refuses only them', async () => {
    const scope = { namespace: 'web', workspace: 'shop' };
    for (const p of [policies.createWorkspace, policies.createProjectIn('shop'), policies.editProject(scope), policies.manageProjectMembers(scope)]) {
      expect([p.name, p.allows(admin), p.allows(readOnlyAdmin), codeOf(() => p.enforce(readOnlyAdmin))]).toEqual([p.name, true, false, 'FORBIDDEN']);
    }
    for (const p of [policies.viewProject(scope), policies.manageUsers, policies.useWorkspaceTemplates('shop'), policies.administerTemplate(null)]) {
      expect([p.name, p.allows(readOnlyAdmin)]).toEqual([p.name, true]);
    }
    expect(codeOf(() => refuseReadOnly(readOnlyAdmin))).toBe('FORBIDDEN');
    expect(codeOf(() => refuseReadOnly(admin))).toBe('ok');
    await expect(projectAccess(readOnlyAdmin, directory, 'web').view()).resolves.toEqual(scope);
    await expect(projectAccess(readOnlyAdmin, directory, 'web').edit()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('a malformed flag reads as read-only; false or absent does not', () => {
    for (const flag of ['false', 1, {}, 'yes']) expect(normalizeIdentity({ ...admin, readOnly: flag as unknown as boolean }).readOnly).toBe(true);
    expect(normalizeIdentity({ ...admin, readOnly: false }).readOnly).toBeUndefined();
    expect(normalizeIdentity(admin).readOnly).toBeUndefined();
  });
});

describe('narrowToProjects', () => {
  it('maps any grant to the project role that allows as much there', () => {
    expect(effectiveProjectRole(user({ platformRole: 'platform-admin' }), 'web', 'shop')).toBe('admin');
    expect(effectiveProjectRole(user({ workspaces: { shop: 'workspace-admin' } }), 'web', 'shop')).toBe('admin');
    expect(effectiveProjectRole(user({ workspaces: { shop: 'workspace-viewer' } }), 'web', 'shop')).toBe('viewer');
    expect(effectiveProjectRole(user({ workspaces: { shop: 'workspace-regular' } }), 'web', 'shop')).toBeUndefined();
    expect(effectiveProjectRole(user({ projects: { web: 'operator' } }), 'web', 'shop')).toBe('operator');
    expect(effectiveProjectRole(user({ projects: { web: 'viewer' }, workspaces: { shop: 'workspace-admin' } }), 'web', 'shop')).toBe('admin');
  });

  it('keeps only the chosen projects the identity may see, and no platform or workspace grant', async () => {
    const wsAdmin = user({ platformRole: 'platform-self-provisioner', workspaces: { shop: 'workspace-admin' }, projects: { other: 'viewer' } });
    const narrowed = narrowToProjects(wsAdmin, ['web', 'other', 'missing'], workspaceOf);
    expect({ ...narrowed.projects }).toEqual({ web: 'admin', other: 'viewer' });
    expect({ ...narrowed.workspaces }).toEqual({});
    expect(narrowed.platformRole).toBe('platform-regular');
    await expect(projectAccess(narrowed, directory, 'web').edit()).resolves.toMatchObject({ namespace: 'web' });
    await expect(projectAccess(narrowed, directory, 'db').view()).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(policies.createWorkspace.allows(narrowed)).toBe(false);
    expect(policies.createProjectIn('shop').allows(narrowed)).toBe(false);
  });

  it('a chosen project named like an Object member is an own key only', () => {
    const narrowed = narrowToProjects(user({ workspaces: { shop: 'workspace-admin' } }), ['constructor', '__proto__'], workspaceOf);
    expect(Object.keys(narrowed.projects)).toEqual(['constructor']);
    expect(Object.getPrototypeOf(narrowed.projects)).toBeNull();
  });
});
