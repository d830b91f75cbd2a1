import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { grantsFor, parseGroupRoleMappings } from '../src/sources/group-roles.ts';

// The group → role mapping file (MERIDIAN_GROUP_ROLE_MAPPINGS): what it accepts, what it refuses
// with a message naming the entry, and which grants a set of groups calls for.

test('the lab default file parses', () => {
  const file = new URL('../../../deploy/local/oidc/group-role-mappings.json', import.meta.url);
  const mappings = parseGroupRoleMappings(JSON.parse(readFileSync(file, 'utf8')));
  assert.ok(mappings.length >= 3);
});

test('malformed entries are refused, naming the entry and the rule', () => {
  const bad: [unknown, RegExp][] = [
    [{}, /expected \{ "mappings"/],
    [{ mappings: [{ platformRole: 'platform-admin' }] }, /#1: "group" is required/],
    [{ mappings: [{ group: 'g' }] }, /#1: give exactly one of/],
    [{ mappings: [{ group: 'g', platformRole: 'platform-admin', workspace: 'w', workspaceRole: 'workspace-admin' }] }, /exactly one of/],
    [{ mappings: [{ group: 'g', workspace: 'w' }] }, /workspace grant needs workspace and workspaceRole/],
    [{ mappings: [{ group: 'g', projectRole: 'operator' }] }, /project grant needs project and projectRole/],
    [{ mappings: [{ group: 'g', platformRole: 'Platform Admin' }] }, /is not a role name/],
    [{ mappings: [{ group: 'g', source: 'saml', platformRole: 'platform-admin' }] }, /"source" is ldap, oidc or omitted/],
    [{ mappings: [{ group: 'ok', platformRole: 'platform-admin' }, { group: '' }] }, /#2/],
  ];
  for (const [json, message] of bad) assert.throws(() => parseGroupRoleMappings(json), message, JSON.stringify(json));
});

test('grants follow the groups and the sign-in source; the earlier row wins on one target', () => {
  const mappings = parseGroupRoleMappings([
    { group: 'admins', workspace: 'w', workspaceRole: 'workspace-admin' },
    { group: 'devs', workspace: 'w', workspaceRole: 'workspace-regular' },
    { group: 'devs', project: 'p', projectRole: 'operator' },
    { source: 'oidc', group: 'root', platformRole: 'platform-admin' },
    { source: 'ldap', group: 'devs', workspace: 'custom-role-ws', workspaceRole: 'deployer' },
  ]);
  assert.deepEqual(grantsFor(mappings, 'oidc', ['devs', 'admins', 'root']), [
    { kind: 'workspace', target: 'w', role: 'workspace-admin' },
    { kind: 'project', target: 'p', role: 'operator' },
    { kind: 'platform', target: '', role: 'platform-admin' },
  ]);
  assert.deepEqual(grantsFor(mappings, 'ldap', ['devs', 'root']), [
    { kind: 'workspace', target: 'w', role: 'workspace-regular' },
    { kind: 'project', target: 'p', role: 'operator' },
    { kind: 'workspace', target: 'custom-role-ws', role: 'deployer' },
  ]);
  assert.deepEqual(grantsFor(mappings, 'oidc', []), []);
  // Group names are matched exactly (no prototype keys, no case folding).
  assert.deepEqual(grantsFor(mappings, 'oidc', ['__proto__', 'DEVS']), []);
});
