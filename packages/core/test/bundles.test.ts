/**
 * Permission bundles in the access layer (issue #9): built-in roles are bundle sets, custom
 * grants travel as masks, and one question decides everything: does the caller hold bundle B in
 * project P / workspace W. Custom-grant tables are own-property safe like the built-in ones.
 */
import { describe, expect, it } from 'vitest';
import {
  bundleMask,
  bundlesOf,
  canEditProject,
  canManageProjectMembers,
  canViewProject,
  canViewWorkspace,
  customProjectBundles,
  narrowToProjects,
  normalizeIdentity,
  policies,
  projectAccess,
  projectBundles,
  PROJECT_ROLE_BUNDLES,
  visibleWorkspaces,
  workspaceBundles,
  type Identity,
  type NamespaceLookup,
} from '../src/index.ts';

const LABELS: Record<string, string> = { web: 'shop', db: 'shop', other: 'elsewhere' };
const directory = async (): Promise<NamespaceLookup> => ({
  get: (name) => (Object.hasOwn(LABELS, name) ? { metadata: { name } } : undefined),
  workspaceOf: (name) => (Object.hasOwn(LABELS, name) ? LABELS[name] : undefined),
  list: () => Object.keys(LABELS).map((name) => ({ metadata: { name } })),
});
const user = (grants: Partial<Identity>): Identity => normalizeIdentity({ kind: 'user', userId: 'u', username: 'u', platformRole: 'platform-regular', workspaces: {}, projects: {}, ...grants });
const deployer = bundleMask(['manage-workloads', 'view-monitoring']);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (err: { extensions?: { code?: string } }) => err.extensions?.code);

describe('bundles', () => {
  it('manage-X brings view-X; built-in roles are bundle sets', () => {
    expect(bundlesOf(deployer)).toEqual(['view-workloads', 'manage-workloads', 'view-monitoring']);
    expect(bundlesOf(PROJECT_ROLE_BUNDLES.viewer)).toEqual(['view-workloads', 'view-monitoring', 'view-logs', 'view-pipelines']);
    expect(bundlesOf(PROJECT_ROLE_BUNDLES.admin)).not.toContain('create-projects');
  });

  it('a custom project role gives exactly its bundles in that project, nothing elsewhere', async () => {
    const id = user({ projectBundles: { web: deployer } });
    expect(canViewProject(id, 'web', 'shop')).toBe(true);
    expect(canEditProject(id, 'web', 'shop')).toBe(true);
    expect(canManageProjectMembers(id, 'web', 'shop')).toBe(false);
    expect(await codeOf(projectAccess(id, directory, 'web').require('manage-workloads'))).toBe('ok');
    expect(await codeOf(projectAccess(id, directory, 'web').require('view-logs'))).toBe('FORBIDDEN');
    expect(await codeOf(projectAccess(id, directory, 'web').manageMembers())).toBe('FORBIDDEN');
    expect(await codeOf(projectAccess(id, directory, 'db').view())).toBe('NOT_FOUND');
    // The project's workspace becomes visible through it, as with built-in project roles.
    expect(await visibleWorkspaces(id, directory)).toEqual(['shop']);
  });

  it('a custom workspace role holds its project bundles in every project of the workspace', () => {
    const id = user({ workspaceBundles: { shop: bundleMask(['view-logs', 'manage-members', 'create-projects']) } });
    expect(canViewWorkspace(id, 'shop')).toBe(true);
    expect(bundlesOf(projectBundles(id, 'db', 'shop'))).toEqual(['view-logs', 'manage-members']);
    expect(projectBundles(id, 'other', 'elsewhere')).toBe(0);
    expect(policies.createProjectIn('shop').allows(id)).toBe(true);
    expect(policies.manageWorkspaceMembers('shop').allows(id)).toBe(true);
    expect(policies.manageWorkspace('shop').allows(id)).toBe(false);
  });

  it('grants add up, whatever grant gives a bundle', () => {
    const id = user({ projects: { web: 'viewer' }, projectBundles: { web: bundleMask(['manage-workloads']) } });
    expect(bundlesOf(projectBundles(id, 'web', 'shop'))).toEqual(['view-workloads', 'manage-workloads', 'view-monitoring', 'view-logs', 'view-pipelines']);
    expect(workspaceBundles(user({ platformRole: 'platform-admin' }), 'any')).toBe(bundleMask(['create-projects', 'manage-settings', 'manage-members', 'view-workloads', 'manage-workloads', 'view-monitoring', 'manage-alerting', 'view-logs', 'view-pipelines', 'manage-pipelines']));
  });

  it('a read-only token holds no write bundle', async () => {
    const id = normalizeIdentity({ ...user({ projectBundles: { web: deployer } }), readOnly: true });
    expect(await codeOf(projectAccess(id, directory, 'web').require('view-monitoring'))).toBe('ok');
    expect(await codeOf(projectAccess(id, directory, 'web').require('manage-workloads'))).toBe('FORBIDDEN');
  });

  it('custom-grant tables are own-property safe and drop malformed masks', () => {
    const id = normalizeIdentity(JSON.parse('{"kind":"user","userId":"u","username":"u","workspaces":{},"projects":{},"projectBundles":{"__proto__":7,"bad":"7","neg":-1,"big":1e9,"web":3}}') as Identity);
    expect(Object.getPrototypeOf(id.projectBundles)).toBe(null);
    expect(Object.isFrozen(id.projectBundles)).toBe(true);
    expect(Object.keys(id.projectBundles!).sort()).toEqual(['__proto__', 'web']);
    expect(customProjectBundles(id, 'constructor')).toBeUndefined();
    expect(customProjectBundles(id, 'toString')).toBeUndefined();
    expect(canViewProject(id, 'constructor', undefined)).toBe(false);
    // An identity without custom grants carries no custom tables at all.
    expect('projectBundles' in user({})).toBe(false);
  });

  it('an API token narrowed to a project keeps the custom bundles held there', () => {
    const id = user({ projectBundles: { web: deployer }, projects: { db: 'viewer' } });
    const narrowed = narrowToProjects(id, ['web', 'db', 'other'], (ns) => (Object.hasOwn(LABELS, ns) ? LABELS[ns] : undefined));
    expect(customProjectBundles(narrowed, 'web')).toBe(deployer);
    expect(narrowed.projects.db).toBe('viewer');
    expect(canViewProject(narrowed, 'other', 'elsewhere')).toBe(false);
  });
});
