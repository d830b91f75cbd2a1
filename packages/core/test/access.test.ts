/**
 * The access layer on its own: rules, policies, projectAccess and workspaceAccess, with grant
 * tables and tenant names that are members of every JS object (`constructor`, `__proto__`,
 * `toString`, `hasOwnProperty`, `valueOf`, `isPrototypeOf`). Such names cannot all exist in
 * Kubernetes (`__proto__` is not a DNS-1123 label), so the directory here is an in-memory
 * NamespaceLookup, the interface the layer takes; the gateway role matrix covers the lab.
 */
import { describe, expect, it } from 'vitest';
import {
  normalizeIdentity,
  platformSubject,
  policies,
  projectAccess,
  visibleWorkspaces,
  workspaceAccess,
  viewableNamespaces,
  type Identity,
  type NamespaceLookup,
} from '../src/index.ts';

const MEMBER_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable'];

/** namespace -> workspace label ('' = no label) */
function directory(namespaces: Record<string, string>): () => Promise<NamespaceLookup> {
  const table = new Map(Object.entries(namespaces));
  return async () => ({
    get: (name) => (table.has(name) ? { metadata: { name } } : undefined),
    workspaceOf: (name) => table.get(name) || undefined,
    list: () => [...table.keys()].map((name) => ({ metadata: { name } })),
  });
}

const user = (over: Partial<Identity>): Identity =>
  normalizeIdentity({ kind: 'user', userId: 'u1', username: 'u1', platformRole: 'platform-regular', workspaces: {}, projects: {}, ...over });

/** Grants parsed from JSON, as tenancy's identity route and the signed header deliver them. */
const fromJson = (json: string): Identity => normalizeIdentity(JSON.parse(json) as Identity);

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    return String((err as { extensions?: { code?: string } }).extensions?.code ?? err);
  }
}

const anonymous = normalizeIdentity({ kind: 'anonymous', workspaces: {}, projects: {} });
const outsider = user({});

describe('projectAccess', () => {
  const dir = directory({ app: 'acme', constructor: 'acme', loose: '', other: 'globex' });

  it('answers NOT_FOUND alike for a hidden project and a missing one, with a message that only repeats the name', async () => {
    const hidden = await projectAccess(outsider, dir, 'other').view().catch((e) => e);
    const missing = await projectAccess(outsider, dir, 'nope').view().catch((e) => e);
    expect(hidden.extensions.code).toBe('NOT_FOUND');
    expect(missing.extensions.code).toBe('NOT_FOUND');
    expect(hidden.message.replace('other', 'X')).toBe(missing.message.replace('nope', 'X'));
    expect(hidden.message).not.toContain('globex');
  });

  it('applies each built-in role: view, edit, manage members', async () => {
    const cases: [string, Identity, [string, string, string]][] = [
      ['platform-admin', user({ platformRole: 'platform-admin' }), ['OK', 'OK', 'OK']],
      ['platform-self-provisioner', user({ platformRole: 'platform-self-provisioner' }), ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']],
      ['outsider', outsider, ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']],
      ['workspace-admin', user({ workspaces: { acme: 'workspace-admin' } }), ['OK', 'OK', 'OK']],
      ['workspace-self-provisioner', user({ workspaces: { acme: 'workspace-self-provisioner' } }), ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']],
      ['workspace-regular', user({ workspaces: { acme: 'workspace-regular' } }), ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']],
      ['workspace-viewer', user({ workspaces: { acme: 'workspace-viewer' } }), ['OK', 'FORBIDDEN', 'FORBIDDEN']],
      ['project admin', user({ projects: { app: 'admin' } }), ['OK', 'OK', 'OK']],
      ['project operator', user({ projects: { app: 'operator' } }), ['OK', 'OK', 'FORBIDDEN']],
      ['project viewer', user({ projects: { app: 'viewer' } }), ['OK', 'FORBIDDEN', 'FORBIDDEN']],
      ['anonymous', anonymous, ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']],
    ];
    for (const [role, id, want] of cases) {
      const a = projectAccess(id, dir, 'app');
      expect([await code(a.view()), await code(a.edit()), await code(a.manageMembers())], role).toEqual(want);
      // The capability answers agree with what the checks enforce.
      const scope = { namespace: 'app', workspace: 'acme' };
      expect(policies.editProject(scope).allows(id), role).toBe(want[1] === 'OK');
      expect(policies.manageProjectMembers(scope).allows(id), role).toBe(want[2] === 'OK');
    }
  });

  it('a namespace outside every workspace is seen only by platform admins and its members', async () => {
    expect(await code(projectAccess(user({ workspaces: { '': 'workspace-admin' } }), dir, 'loose').view())).toBe('NOT_FOUND');
    expect(await code(projectAccess(user({ projects: { loose: 'viewer' } }), dir, 'loose').view())).toBe('OK');
  });

  it('never matches an inherited member: empty grants see no project named like an Object.prototype member', async () => {
    const all = directory(Object.fromEntries(MEMBER_NAMES.map((n) => [n, n])));
    for (const name of MEMBER_NAMES) {
      expect(await code(projectAccess(outsider, all, name).view()), name).toBe('NOT_FOUND');
      expect(await code(workspaceAccess(outsider, all, name).view()), name).toBe('NOT_FOUND');
      expect(policies.createProjectIn(name).allows(outsider), name).toBe(false);
      expect(policies.manageWorkspaceMembers(name).allows(outsider), name).toBe(false);
      expect(policies.administerTemplate(name).allows(outsider), name).toBe(false);
      expect(policies.useWorkspaceTemplates(name).allows(outsider), name).toBe(false);
    }
    expect(await viewableNamespaces(outsider, all)).toEqual([]);
    expect(await visibleWorkspaces(outsider, all)).toEqual([]);
  });

  it('grants keyed by member names (from JSON, `__proto__` included) are own keys that grant exactly themselves', async () => {
    const all = directory({ ...Object.fromEntries(MEMBER_NAMES.map((n) => [n, 'acme'])), app: 'acme', other: 'globex' });
    const holder = fromJson(
      JSON.stringify({ kind: 'user', userId: 'h', username: 'h', platformRole: 'platform-regular', workspaces: { toString: 'workspace-admin' }, projects: {} }).replace(
        '"projects":{}',
        '"projects":{"__proto__":"viewer","constructor":"operator","hasOwnProperty":"admin"}',
      ),
    );
    expect(Object.keys(holder.projects).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(await code(projectAccess(holder, all, '__proto__').view())).toBe('OK');
    expect(await code(projectAccess(holder, all, '__proto__').edit())).toBe('FORBIDDEN');
    expect(await code(projectAccess(holder, all, 'constructor').edit())).toBe('OK');
    expect(await code(projectAccess(holder, all, 'constructor').manageMembers())).toBe('FORBIDDEN');
    expect(await code(projectAccess(holder, all, 'hasOwnProperty').manageMembers())).toBe('OK');
    for (const name of ['valueOf', 'isPrototypeOf', 'app', 'other']) expect(await code(projectAccess(holder, all, name).view()), name).toBe('NOT_FOUND');
    // Workspace admin of `toString` only: not of `acme`, `valueOf` or `constructor`.
    expect(policies.createProjectIn('toString').allows(holder)).toBe(true);
    for (const ws of ['acme', 'valueOf', 'constructor', '__proto__']) expect(policies.createProjectIn(ws).allows(holder), ws).toBe(false);
    // The projects it holds are labelled `acme`: that makes `acme` visible, and nothing else.
    expect(((await visibleWorkspaces(holder, all)) as string[]).sort()).toEqual(['acme', 'toString']);
    expect(await code(workspaceAccess(holder, all, 'globex').view())).toBe('NOT_FOUND');
  });

  it('a grant with an unknown role value is dropped, not trusted', async () => {
    const odd = fromJson('{"kind":"user","userId":"o","username":"o","workspaces":{"acme":"owner"},"projects":{"app":{"role":"admin"}}}');
    expect(await code(projectAccess(odd, dir, 'app').view())).toBe('NOT_FOUND');
    expect(policies.createProjectIn('acme').allows(odd)).toBe(false);
  });

  it('fails with the directory\'s error (e.g. UPSTREAM_UNAVAILABLE) before deciding anything', async () => {
    const down = async (): Promise<NamespaceLookup> => {
      const { upstreamUnavailable } = await import('../src/errors.ts');
      throw upstreamUnavailable('Kubernetes');
    };
    expect(await code(projectAccess(user({ platformRole: 'platform-admin' }), down, 'app').view())).toBe('UPSTREAM_UNAVAILABLE');
    // Workspace visibility through project membership is left out, membership still counts.
    const member = user({ workspaces: { acme: 'workspace-regular' }, projects: { other: 'viewer' } });
    expect(await visibleWorkspaces(member, down)).toEqual(['acme']);
  });
});

describe('platform policies', () => {
  it('createWorkspace and manageUsers per platform role, for identities and stored users alike', () => {
    const want = { 'platform-admin': [true, true], 'platform-self-provisioner': [true, false], 'platform-regular': [false, false] } as const;
    for (const [role, [create, manage]] of Object.entries(want) as [keyof typeof want, readonly [boolean, boolean]][]) {
      const id = user({ platformRole: role });
      expect([policies.createWorkspace.allows(id), policies.manageUsers.allows(id)], role).toEqual([create, manage]);
      expect([policies.createWorkspace.allows(platformSubject(role)), policies.manageUsers.allows(platformSubject(role))], role).toEqual([create, manage]);
      if (create) expect(() => policies.createWorkspace.enforce(id)).not.toThrow();
      else expect(() => policies.createWorkspace.enforce(id)).toThrow(/platform-self-provisioner/);
    }
    expect(() => policies.manageUsers.enforce(anonymous)).toThrow(/Sign in/);
    expect(() => policies.manageUsers.enforce(outsider)).toThrow(/platform-admin/);
  });

  it('administerTemplate: the public store is platform admins only; a private one also its workspace admins', () => {
    expect(policies.administerTemplate(null).allows(user({ workspaces: { acme: 'workspace-admin' } }))).toBe(false);
    expect(policies.administerTemplate('acme').allows(user({ workspaces: { acme: 'workspace-admin' } }))).toBe(true);
    expect(policies.administerTemplate('acme').allows(user({ workspaces: { acme: 'workspace-viewer' } }))).toBe(false);
    expect(policies.administerTemplate(null).allows(user({ platformRole: 'platform-admin' }))).toBe(true);
  });
});
