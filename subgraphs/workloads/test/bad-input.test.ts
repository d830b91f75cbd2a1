/**
 * Generated bad input (at least 500 cases, from a fixed seed): malformed YAML, unknown kinds,
 * kinds in the wrong place, bad label selectors and filters, bad names, fields the API server
 * refuses (server-side apply dry runs against the lab). Every one must answer BAD_USER_INPUT
 * with where the problem is — `extensions.field` or `extensions.line` — and never a 500.
 */
import { describe, test, beforeAll, afterAll, expect } from 'vitest';
import { stringify } from 'yaml';
import { userIdentity } from '@meridian/core/testing';
import { deleteNamespace, labKubeConfig, uniqueName } from '@meridian/core/kube/testing';
import type { RunningWorkloads } from '../src/index.ts';
import { startOverNamespaces, type Gql } from './helpers.ts';

const kc = labKubeConfig();
const ns = uniqueName('t-bad');
const ws = uniqueName('ws-bad');
const admin = userIdentity('bad-admin', { projects: { [ns]: 'admin' } });
let sg: RunningWorkloads;
let gql: Gql;

/** mulberry32: the same cases every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261130);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const word = (n = 6) => Array.from({ length: n }, () => pick('abcdefghijklmnopqrstuvwxyz'.split(''))).join('');

interface Case {
  what: string;
  query: string;
  variables: Record<string, unknown>;
  /** `line` when the problem is in YAML text that has a line to point at. */
  expect: 'field' | 'line' | 'either';
}

const APPLY = 'mutation($p: String!, $y: String!) { applyYaml(project: $p, yaml: $y, dryRun: true) { name } }';
const UPDATE = 'mutation($p: String!, $y: String!) { updateObject(project: $p, yaml: $y) { name } }';
const apply = (what: string, y: string, expectWhere: Case['expect']): Case => ({ what, query: pick([APPLY, APPLY, UPDATE]), variables: { p: ns, y }, expect: expectWhere });

const good = (name = `ok-${word()}`) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } });
const goodDeployment = (name = `d-${word()}`) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'main', image: 'registry.local/meridian/demo:1' }] } } },
});

function malformedYaml(): Case[] {
  const out: Case[] = [];
  const breakers: ((lines: string[]) => string[])[] = [
    (l) => [...l.slice(0, 2), '  bad: [unclosed', ...l.slice(2)],
    (l) => [...l.slice(0, 1), '\tkind: tabbed', ...l.slice(1)],
    (l) => [...l, 'data: { a: "unterminated }'],
    (l) => [l[0], l[0], ...l.slice(1)], // duplicate key
    (l) => [...l.slice(0, 3), '   - misplaced: sequence', ...l.slice(3)],
    (l) => [...l, '  key: "a" extra "b"'],
    (l) => [...l.slice(0, 2), 'metadata: { name: x', ...l.slice(2)],
    (l) => [...l, '* not an alias'],
    (l) => [...l, '? complex: key', '! tag'],
    (l) => ['%YAML 9.9', '---', ...l, '...', 'junk: ['],
  ];
  for (let i = 0; i < 160; i++) {
    const base = stringify(rand() < 0.5 ? good() : goodDeployment()).trimEnd().split('\n');
    const broken = pick(breakers)(base).join('\n');
    // Some behind valid documents, so the line is not always near the top.
    const prefix = rand() < 0.4 ? `${stringify(good())}---\n` : '';
    out.push(apply(`malformed YAML #${i}`, prefix + broken, 'line'));
  }
  return out;
}

function notManifests(): Case[] {
  const texts = ['- a\n- b\n', 'just a string\n', '42\n', 'kind: ConfigMap\nmetadata: { name: x }\n', 'apiVersion: v1\nmetadata: { name: x }\n', 'apiVersion: v1\nkind: ConfigMap\n', 'apiVersion: v1\nkind: ConfigMap\nmetadata: []\n', 'apiVersion: 7\nkind: ConfigMap\nmetadata: { name: x }\n', '', '---\n---\n', '# only a comment\n'];
  return Array.from({ length: 40 }, (_, i) => apply(`not a manifest #${i}`, pick(texts), 'either'));
}

function unknownKinds(): Case[] {
  const out: Case[] = [];
  const kinds = () => pick([`${word(1).toUpperCase()}${word(7)}`, 'CustomResourceDefinition', 'ClusterRole', 'Role', 'RoleBinding', 'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'EndpointSlice', 'Event', 'ControllerRevision', 'constructor', '__proto__', 'toString', 'Pods', 'deployment']);
  for (let i = 0; i < 60; i++) {
    const kind = kinds();
    out.push(apply(`YAML of kind ${kind}`, stringify({ apiVersion: pick(['v1', 'apps/v1', 'example.com/v1']), kind, metadata: { name: `x-${word()}` } }), 'either'));
  }
  const ops = [
    'mutation($k: String!, $p: String!) { deleteObject(kind: $k, project: $p, name: "x") { name } }',
    'query($k: String!, $p: String!) { kubeObject(kind: $k, project: $p, name: "x") { name } }',
    'query($k: String!, $p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { objects(kind: $k) { totalCount } } } }',
    'mutation($k: String!, $p: String!) { restartRollout(kind: $k, project: $p, name: "x") { name } }',
    'mutation($k: String!, $p: String!) { rollbackRollout(kind: $k, project: $p, name: "x", revision: 1) { name } }',
  ];
  for (let i = 0; i < 60; i++) {
    const k = pick([`${word(1).toUpperCase()}${word(5)}`, 'constructor', '__proto__', 'hasOwnProperty', 'Namespace', '', 'pod', 'x'.repeat(300)]);
    out.push({ what: `kind argument "${k.slice(0, 20)}"`, query: pick(ops), variables: { k, p: ns }, expect: 'field' });
  }
  // Kinds that exist but not in the place asked for.
  out.push(apply('apiVersion mismatch', stringify({ ...good(), apiVersion: 'apps/v1' }), 'either'));
  out.push(apply('another namespace', stringify({ ...good(), metadata: { name: 'x', namespace: 'kube-system' } }), 'either'));
  out.push({ what: 'Node in a project list', query: ops[2], variables: { k: 'Node', p: ns }, expect: 'field' });
  out.push({ what: 'read-only kind deleted', query: ops[0], variables: { k: 'EndpointSlice', p: ns }, expect: 'field' });
  return out;
}

function badSelectors(): Case[] {
  const bad = () =>
    pick([
      `${word()}==`.replace('==', ' in '),
      `${word()} in (${word()}`,
      `=${word()}`,
      `${word()}=a b`,
      `${word()}!=${'v'.repeat(70)}`,
      `${'k'.repeat(70)}=v`,
      `-${word()}=x`,
      `${word()}/=x`,
      `${word()}=${word()},,=`,
      `${word()} notin`,
      `!`,
      `${word()}=(x)`,
      `a@b=c`,
    ]);
  const lists = ['pods', 'deployments', 'configMaps', 'secrets', 'services', 'jobs', 'events'];
  return Array.from({ length: 100 }, (_, i) => {
    const list = pick(lists);
    const sel = bad();
    return { what: `label selector #${i} "${sel}" on ${list}`, query: `query($p: String!, $s: String) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { ${list}(filter: { labelSelector: $s }) { totalCount } } } }`, variables: { p: ns, s: sel }, expect: 'field' as const };
  });
}

function badListArgs(): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < 30; i++) {
    const first = pick([0, -1, 501, 10_000, -500]);
    out.push({ what: `first ${first}`, query: 'query($p: String!, $f: Int) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { configMaps(first: $f) { totalCount } } } }', variables: { p: ns, f: first }, expect: 'field' });
  }
  for (let i = 0; i < 20; i++) {
    out.push({ what: `cursor #${i}`, query: 'query($p: String!, $a: String) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { secrets(after: $a) { totalCount } } } }', variables: { p: ns, a: word(20) }, expect: 'field' });
  }
  // Filters a kind does not have.
  for (const [list, filter] of [['configMaps', { node: 'kwok-node-0' }], ['services', { node: 'x' }], ['secrets', { node: 'y' }]] as const) {
    out.push({ what: `${list} by ${Object.keys(filter)[0]}`, query: `query($p: String!, $f: KubeObjectFilter) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { ${list}(filter: $f) { totalCount } } } }`, variables: { p: ns, f: filter }, expect: 'field' });
  }
  return out;
}

function badNames(): Case[] {
  const names = () => pick(['x'.repeat(254), 'a'.repeat(300), 'UpperCase', 'under_score', 'ends-', '-starts', 'sp ace', 'dots..dots', 'ünïcode', '', 'a/b', `${word()}.${'b'.repeat(260)}`]);
  const out: Case[] = [];
  for (let i = 0; i < 40; i++) out.push(apply(`YAML name #${i}`, stringify(good(names())), 'either'));
  for (let i = 0; i < 40; i++) {
    const n = names();
    out.push(
      pick([
        { what: `createConfigMap name "${n.slice(0, 20)}"`, query: 'mutation($p: String!, $n: String!) { createConfigMap(project: $p, input: { name: $n, data: [] }, dryRun: true) { name } }', variables: { p: ns, n }, expect: 'field' as const },
        { what: `createDeployment name "${n.slice(0, 20)}"`, query: 'mutation($p: String!, $n: String!) { createDeployment(project: $p, input: { name: $n, template: { containers: [{ image: "x" }] } }, dryRun: true) { name } }', variables: { p: ns, n }, expect: 'field' as const },
        { what: `deleteObject name "${n.slice(0, 20)}"`, query: 'mutation($p: String!, $n: String!) { deleteObject(kind: "ConfigMap", project: $p, name: $n) { name } }', variables: { p: ns, n }, expect: 'field' as const },
      ]),
    );
  }
  return out;
}

/** Fields the API server refuses (422 with details.causes), as dry runs. */
function invalidFields(): Case[] {
  const mutate: ((d: ReturnType<typeof goodDeployment>) => void)[] = [
    (d) => void (d.spec.replicas = -1 - Math.floor(rand() * 5)),
    (d) => void (d.spec.template.spec.containers[0].image = ''),
    (d) => void (d.spec.template.spec.containers[0].name = 'Bad_Name'),
    (d) => void (d.spec.selector.matchLabels = { app: 'other' }),
    (d) => void ((d.spec.template.spec.containers[0] as Record<string, unknown>).ports = [{ containerPort: 70_000 + Math.floor(rand() * 1000) }]),
    (d) => void ((d.spec.template.spec.containers[0] as Record<string, unknown>).resources = { requests: { cpu: 'lots' } }),
    (d) => void (d.metadata = { ...d.metadata, labels: { 'bad key!': 'v' } } as typeof d.metadata),
    (d) => void ((d.spec.template.spec as Record<string, unknown>).restartPolicy = 'Never'),
  ];
  const out: Case[] = [];
  for (let i = 0; i < 60; i++) {
    const d = goodDeployment();
    pick(mutate)(d);
    out.push({ what: `invalid Deployment #${i}`, query: APPLY, variables: { p: ns, y: stringify(d) }, expect: 'field' });
  }
  const forms = [
    ['createCronJob', 'CronJobInput', { name: 'c', schedule: 'every tuesday', template: { containers: [{ image: 'x' }] } }],
    ['createPersistentVolumeClaim', 'PersistentVolumeClaimInput', { name: 'p', storage: 'a lot' }],
    ['createService', 'ServiceInput', { name: 's', ports: [{ port: 0 }] }],
    ['createService', 'ServiceInput', { name: 's', type: 'Sideways', ports: [{ port: 80 }] }],
    ['createIngress', 'IngressInput', { name: 'i', rules: [{ host: 'UPPER_case', paths: [{ path: 'no-slash', service: 's', port: 80 }] }] }],
    ['createHorizontalPodAutoscaler', 'HorizontalPodAutoscalerInput', { name: 'h', targetName: 'web', minReplicas: 5, maxReplicas: 2 }],
    ['createJob', 'JobInput', { name: 'j', completions: -3, template: { containers: [{ image: 'x' }] } }],
    ['createStatefulSet', 'StatefulSetInput', { name: 's', replicas: -2, template: { containers: [{ image: 'x' }] } }],
    ['createDaemonSet', 'DaemonSetInput', { name: 'd', template: { containers: [{ image: '' }] } }],
    ['createSecret', 'SecretInput', { name: 's', type: 'TLS' }],
    ['createSecret', 'SecretInput', { name: 's', type: 'IMAGE_PULL' }],
    ['createConfigMap', 'ConfigMapInput', { name: 'c', data: [{ key: 'bad key!', value: 'v' }] }],
  ] as const;
  for (let i = 0; i < 60; i++) {
    const [op, type, input] = pick(forms);
    out.push({ what: `${op} #${i}`, query: `mutation($p: String!, $i: ${type}!) { ${op}(project: $p, input: $i, dryRun: true) { name } }`, variables: { p: ns, i: { ...input, name: `${input.name}-${word(4)}` } }, expect: 'field' });
  }
  return out;
}

const CASES: Case[] = [...malformedYaml(), ...notManifests(), ...unknownKinds(), ...badSelectors(), ...badListArgs(), ...badNames(), ...invalidFields()];

beforeAll(async () => {
  ({ sg, gql } = await startOverNamespaces(kc, [[ns, ws]]));
}, 60_000);

afterAll(async () => {
  await sg?.stop();
  await deleteNamespace(kc, ns);
});

describe('bad input', () => {
  test(`${CASES.length} generated bad inputs each answer BAD_USER_INPUT with a field or a line, never a 500`, async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(500);
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < CASES.length) {
        const c = CASES[next++];
        const res = await gql(admin, c.query, c.variables);
        const err = res.errors?.[0] as { message: string; extensions?: { code?: string; field?: unknown; line?: unknown } } | undefined;
        const field = typeof err?.extensions?.field === 'string' && err.extensions.field !== '';
        const line = Number.isInteger(err?.extensions?.line) && (err!.extensions!.line as number) >= 1;
        const placed = c.expect === 'field' ? field : c.expect === 'line' ? line : field || line;
        if (res.status >= 500 || err?.extensions?.code !== 'BAD_USER_INPUT' || !placed) {
          failures.push(`${c.what}: HTTP ${res.status} ${JSON.stringify(res.errors ?? res.data).slice(0, 300)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(failures, failures.slice(0, 15).join('\n')).toEqual([]);
  }, 240_000);

  test('a dry run of a good manifest stores nothing (the cases above are refused for their fault alone)', async () => {
    const res = await gql<{ applyYaml: { name: string }[] }>(admin, APPLY, { p: ns, y: `${stringify(good('fine'))}---\n${stringify(goodDeployment('fine'))}` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.applyYaml.map((o) => o.name)).toEqual(['fine', 'fine']);
    const after = await gql(admin, 'query($p: String!) { kubeObject(kind: "ConfigMap", project: $p, name: "fine") { name } }', { p: ns });
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
