/**
 * Every namespaced kind a project admin can write, table-driven against the lab's real API
 * server: created from its form (create<Kind>) or from YAML (applyYaml), seen in its typed list
 * and in `objects(kind)`, ADDED / MODIFIED / DELETED on `resourceChanged`, updated by YAML with
 * its resourceVersion, deleted. A project viewer is refused every mutation (FORBIDDEN) and sees
 * no Secret data; an outsider sees nothing by query, entity lookup or subscription. The
 * read-only kinds (EndpointSlice, ControllerRevision, Event) appear from their controllers.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { describe, test, beforeAll, afterAll, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { userIdentity } from '@meridian/core/testing';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { deleteNamespace, labKubeConfig, uniqueName, waitFor } from '@meridian/core/kube/testing';
import type { RunningWorkloads } from '../src/index.ts';
import { codes, recordSubscription, startOverNamespaces, wsClient, type Gql } from './helpers.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws-kinds');
const ns = uniqueName('t-kinds');
const otherWs = uniqueName('ws-kinds-other');
const otherNs = uniqueName('t-kinds-other');

const admin = userIdentity('kinds-admin', { projects: { [ns]: 'admin' } });
const viewer = userIdentity('kinds-viewer', { projects: { [ns]: 'viewer' } });
const outsider = userIdentity('kinds-outsider', { workspaces: { [otherWs]: 'workspace-admin' }, projects: { [otherNs]: 'admin' } });

let sg: RunningWorkloads;
let gql: Gql;
const clients: ReturnType<typeof wsClient>[] = [];

const IMAGE = 'registry.local/meridian/demo:1';
const template = {
  containers: [
    {
      image: IMAGE,
      command: ['/bin/demo'],
      args: ['--serve'],
      ports: [{ containerPort: 8080, name: 'http' }],
      env: [{ name: 'MODE', value: 'test' }, { name: 'FROM_CM', configMapKey: { name: 'k-configmap', key: 'a' } }, { name: 'FROM_SECRET', secretKey: { name: 'k-secret', key: 'password' } }],
      envFromConfigMaps: ['k-configmap'],
      resources: { cpuRequest: '10m', memoryRequest: '16Mi', cpuLimit: '100m', memoryLimit: '64Mi' },
      readinessProbe: { httpPath: '/healthz', port: 8080, periodSeconds: 5 },
      livenessProbe: { port: 8080 },
      volumeMounts: [{ volume: 'config', mountPath: '/etc/demo' }, { volume: 'creds', mountPath: '/var/creds', readOnly: true }],
    },
  ],
  volumes: [{ name: 'config', configMap: 'k-configmap' }, { name: 'creds', secret: 'k-secret' }],
  nodeSelector: [{ key: 'type', value: 'kwok' }],
};

type Create = { op: string; input: Record<string, unknown> } | { yaml: string };
interface Case {
  kind: string;
  create: Create;
}

const name = (kind: string) => `k-${kind.toLowerCase()}`;
const yamlOf = (kind: string, apiVersion: string, body: Record<string, unknown>) => stringify({ apiVersion, kind, metadata: { name: name(kind), labels: { made: 'yaml' } }, ...body });

const CASES: Case[] = [
  { kind: 'ConfigMap', create: { op: 'createConfigMap', input: { name: 'k-configmap', data: [{ key: 'a', value: '1' }] } } },
  { kind: 'Secret', create: { op: 'createSecret', input: { name: 'k-secret', data: [{ key: 'password', value: 's3cret' }] } } },
  { kind: 'Deployment', create: { op: 'createDeployment', input: { name: 'k-deployment', replicas: 2, template } } },
  { kind: 'StatefulSet', create: { op: 'createStatefulSet', input: { name: 'k-statefulset', replicas: 1, template } } },
  { kind: 'DaemonSet', create: { op: 'createDaemonSet', input: { name: 'k-daemonset', template } } },
  { kind: 'Job', create: { op: 'createJob', input: { name: 'k-job', completions: 1, backoffLimit: 1, template } } },
  { kind: 'CronJob', create: { op: 'createCronJob', input: { name: 'k-cronjob', schedule: '0 3 * * *', template } } },
  { kind: 'Service', create: { op: 'createService', input: { name: 'k-service', selector: [{ key: 'app', value: 'k-deployment' }], ports: [{ name: 'http', port: 80, targetPort: 8080 }] } } },
  {
    kind: 'Ingress',
    create: { op: 'createIngress', input: { name: 'k-ingress', rules: [{ host: 'demo.example.test', paths: [{ path: '/', service: 'k-service', port: 80 }] }], tls: [{ hosts: ['demo.example.test'], secretName: 'k-tls' }] } },
  },
  { kind: 'PersistentVolumeClaim', create: { op: 'createPersistentVolumeClaim', input: { name: 'k-persistentvolumeclaim', storage: '1Gi' } } },
  { kind: 'HorizontalPodAutoscaler', create: { op: 'createHorizontalPodAutoscaler', input: { name: 'k-horizontalpodautoscaler', targetName: 'k-deployment', minReplicas: 1, maxReplicas: 3, cpuUtilization: 70 } } },
  { kind: 'Pod', create: { yaml: yamlOf('Pod', 'v1', { spec: { containers: [{ name: 'main', image: IMAGE }] } }) } },
  {
    kind: 'ReplicaSet',
    create: { yaml: yamlOf('ReplicaSet', 'apps/v1', { spec: { replicas: 1, selector: { matchLabels: { rs: 'k' } }, template: { metadata: { labels: { rs: 'k' } }, spec: { containers: [{ name: 'main', image: IMAGE }] } } } }) },
  },
  // Object counts only: the cases run at once in one namespace, and a quota on requests.cpu makes
  // the Pod case's pod (no requests) refused while it exists (CI 18:33).
  { kind: 'ResourceQuota', create: { yaml: yamlOf('ResourceQuota', 'v1', { spec: { hard: { pods: '50', configmaps: '50' } } }) } },
  { kind: 'LimitRange', create: { yaml: yamlOf('LimitRange', 'v1', { spec: { limits: [{ type: 'Container', default: { cpu: '200m' }, defaultRequest: { cpu: '50m' } }] } }) } },
  { kind: 'ServiceAccount', create: { yaml: yamlOf('ServiceAccount', 'v1', { imagePullSecrets: [{ name: 'k-pull' }] }) } },
  { kind: 'NetworkPolicy', create: { yaml: yamlOf('NetworkPolicy', 'networking.k8s.io/v1', { spec: { podSelector: { matchLabels: { app: 'k-deployment' } }, policyTypes: ['Ingress'] } }) } },
];

function createCall(c: Case, project: string, dryRun = false): [string, Record<string, unknown>] {
  if ('yaml' in c.create) return ['mutation($p: String!, $y: String!, $d: Boolean) { applyYaml(project: $p, yaml: $y, dryRun: $d) { kind name } }', { p: project, y: c.create.yaml, d: dryRun }];
  const inputType = c.create.op.replace(/^create/, '') + 'Input';
  return [`mutation($p: String!, $i: ${inputType}!, $d: Boolean) { ${c.create.op}(project: $p, input: $i, dryRun: $d) { kind name } }`, { p: project, i: c.create.input, d: dryRun }];
}

const listedField = (kind: string) => Object.values(Kinds).find((k) => k.kind === kind)!.listField;

async function listNames(kind: string, identity = admin, project = ns) {
  const field = listedField(kind);
  const res = await gql<{ _entities: Record<string, { nodes: { name: string }[] } | null>[] }>(
    identity,
    `query($p: String!, $k: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { typed: ${field}(first: 500) { nodes { name } } generic: objects(kind: $k, first: 500) { nodes { name kind } } } } }`,
    { p: project, k: kind },
  );
  return { res, typed: res.data?._entities[0]?.typed?.nodes.map((n) => n.name), generic: res.data?._entities[0]?.generic?.nodes.map((n) => n.name) };
}

beforeAll(async () => {
  ({ sg, gql } = await startOverNamespaces(kc, [
    [ns, ws],
    [otherNs, otherWs],
  ]));
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await sg?.stop();
  await Promise.all([deleteNamespace(kc, ns), deleteNamespace(kc, otherNs)]);
});

type Change = { resourceChanged: { type: string; object: { kind: string; name: string; metadata: { labels: { key: string; value: string }[] } } } };
const CHANGES = 'subscription($k: String!, $p: String!) { resourceChanged(kind: $k, project: $p) { type object { kind name metadata { labels { key value } } } } }';

describe.concurrent('each namespaced kind: create, list, ADDED, update (MODIFIED), delete (DELETED)', () => {
  for (const c of CASES) {
    test(c.kind, async () => {
      const n = name(c.kind);
      const client = wsClient(sg.url, admin);
      clients.push(client);
      const changes = recordSubscription<Change>(client, CHANGES, { k: c.kind, p: ns });
      await new Promise((r) => setTimeout(r, 300));
      const isMine = (type: string, check?: (o: Change['resourceChanged']['object']) => boolean) => (r: { data?: Change | null }) =>
        r.data?.resourceChanged.type === type && r.data.resourceChanged.object.name === n && (!check || check(r.data.resourceChanged.object));

      // A dry run validates and stores nothing.
      const [dq, dv] = createCall(c, ns, true);
      const dry = await gql(admin, dq, dv);
      expect(dry.errors).toBeUndefined();

      const [q, v] = createCall(c, ns);
      const made = await gql<Record<string, unknown>>(admin, q, v);
      expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();

      const added = await changes.until(isMine('ADDED'), `ADDED ${c.kind}`);
      expect(added.data!.resourceChanged.object.kind).toBe(c.kind);
      await waitFor(`${c.kind} in both lists`, async () => {
        const { typed, generic } = await listNames(c.kind);
        return typed?.includes(n) && generic?.includes(n);
      });

      // Update by YAML with its resourceVersion (retried on CONFLICT: controllers write status too).
      await waitFor(`${c.kind} updated`, async () => {
        const got = await gql<{ kubeObject: { yaml: string } }>(admin, 'query($k: String!, $p: String!, $n: String!) { kubeObject(kind: $k, project: $p, name: $n) { yaml } }', { k: c.kind, p: ns, n });
        expect(got.errors).toBeUndefined();
        const doc = parse(got.data!.kubeObject.yaml);
        doc.metadata.labels = { ...doc.metadata.labels, step: 'updated' };
        const upd = await gql(admin, 'mutation($p: String!, $y: String!) { updateObject(project: $p, yaml: $y) { name metadata { resourceVersion } } }', { p: ns, y: stringify(doc) });
        if (codes(upd).includes('CONFLICT')) return false;
        expect(upd.errors, JSON.stringify(upd.errors)).toBeUndefined();
        return true;
      });
      await changes.until(isMine('MODIFIED', (o) => o.metadata.labels.some((l) => l.key === 'step' && l.value === 'updated')), `MODIFIED ${c.kind} with the new label`);

      // Its detail: status summary and events field answer for every kind.
      const detail = await gql<{ kubeObject: { status: { status: string }; metadata: { uid: string } } }>(
        admin,
        'query($k: String!, $p: String!, $n: String!) { kubeObject(kind: $k, project: $p, name: $n) { status { status message } metadata { uid createdAt resourceVersion } events { reason } } }',
        { k: c.kind, p: ns, n },
      );
      expect(detail.errors).toBeUndefined();
      expect(detail.data!.kubeObject.status.status).toMatch(/\w/);
      expect(detail.data!.kubeObject.metadata.uid).toMatch(/-/);

      const del = await gql<{ deleteObject: { kind: string; name: string } }>(admin, 'mutation($k: String!, $p: String!, $n: String!) { deleteObject(kind: $k, project: $p, name: $n) { kind name } }', { k: c.kind, p: ns, n });
      expect(del.errors, JSON.stringify(del.errors)).toBeUndefined();
      expect(del.data!.deleteObject).toEqual({ kind: c.kind, name: n });
      await changes.until(isMine('DELETED'), `DELETED ${c.kind}`, 60_000);
      changes.stop();
    }, 90_000);
  }
});

describe('a project viewer', () => {
  test.concurrent.each(CASES.map((c) => [c.kind, c] as const))('is refused every mutation of %s with FORBIDDEN', async (_kind, c) => {
    const [q, v] = createCall(c, ns);
    expect(codes(await gql(viewer, q, v))).toEqual(['FORBIDDEN']);
    const y = 'yaml' in c.create ? c.create.yaml : yamlOf(c.kind, 'v1', {});
    expect(codes(await gql(viewer, 'mutation($p: String!, $y: String!) { updateObject(project: $p, yaml: $y) { name } }', { p: ns, y }))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(viewer, 'mutation($k: String!, $p: String!) { deleteObject(kind: $k, project: $p, name: "x") { name } }', { k: c.kind, p: ns }))).toEqual(['FORBIDDEN']);
  });

  test('sees Secrets without their data; an editor reads one Secret at a time, never in a list', async () => {
    const made = await gql(admin, 'mutation($p: String!) { createSecret(project: $p, input: { name: "db-creds", data: [{ key: "password", value: "hunter2" }] }) { name } }', { p: ns });
    expect(made.errors).toBeUndefined();
    const ONE = 'query($p: String!) { kubeObject(kind: "Secret", project: $p, name: "db-creds") { name yaml ... on Secret { content { type data { key value } } } } }';
    const seen = await waitFor('the secret in the cache', async () => {
      const r = await gql<{ kubeObject: { yaml: string; content: unknown } | null }>(viewer, ONE, { p: ns });
      return r.data?.kubeObject ? r : undefined;
    });
    expect(codes(seen)).toEqual(['FORBIDDEN']);
    expect(seen.data!.kubeObject!.yaml).not.toMatch(/aHVudGVyMg|hunter2|password/);
    expect(seen.data!.kubeObject!.content).toBeNull();

    const list = await gql<{ _entities: { secrets: { nodes: { name: string; yaml: string }[] } }[] }>(
      viewer,
      'query($p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { secrets { nodes { name yaml } } } } }',
      { p: ns },
    );
    expect(list.errors).toBeUndefined();
    expect(JSON.stringify(list.data)).not.toMatch(/aHVudGVyMg|hunter2/);

    const editor = await gql<{ kubeObject: { yaml: string; content: { type: string; data: { key: string; value: string }[] } } }>(admin, ONE, { p: ns });
    expect(editor.errors).toBeUndefined();
    expect(editor.data!.kubeObject.content).toEqual({ type: 'Opaque', data: [{ key: 'password', value: 'hunter2' }] });
    expect(editor.data!.kubeObject.yaml).toContain('aHVudGVyMg');

    const inList = await gql(admin, 'query($p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { secrets { nodes { name content { type } } } } } }', { p: ns });
    expect(codes(inList)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(inList.data)).not.toMatch(/Opaque/);
  });
});

describe('an outsider sees nothing', () => {
  test.concurrent.each(CASES.map((c) => [c.kind, c] as const))('of %s: list, kubeObject, entity, subscription, mutations', async (kind, c) => {
    const graphqlType = Object.values(Kinds).find((k) => k.kind === kind)!.graphqlType;
    expect(codes((await listNames(kind, outsider)).res)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(codes(await gql(outsider, 'query($k: String!, $p: String!) { kubeObject(kind: $k, project: $p, name: "x") { name } }', { k: kind, p: ns }))).toEqual(['NOT_FOUND']);
    const entity = await gql<{ _entities: unknown[] }>(outsider, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${graphqlType} { name } } }`, { r: [{ __typename: graphqlType, namespace: ns, name: 'x' }] });
    expect(codes(entity)).toEqual(['NOT_FOUND']);
    const [q, v] = createCall(c, ns);
    expect(codes(await gql(outsider, q, v))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(outsider, 'mutation($k: String!, $p: String!) { deleteObject(kind: $k, project: $p, name: "x") { name } }', { k: kind, p: ns }))).toEqual(['NOT_FOUND']);

    const client = wsClient(sg.url, outsider);
    clients.push(client);
    const rec = recordSubscription<Change>(client, CHANGES, { k: kind, p: ns });
    const refused = await rec.until((r) => !!r.errors?.length, `a refusal of resourceChanged(${kind})`, 10_000);
    expect(refused.errors!.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(rec.results.every((r) => !r.data)).toBe(true);
    rec.stop();
  });
});

describe('read-only kinds come from their controllers', () => {
  test('EndpointSlice of a Service, ControllerRevision of a StatefulSet, Events of a Deployment; none can be written', async () => {
    const made = await gql(
      admin,
      `mutation($p: String!, $t: PodTemplateInput!) {
        s: createStatefulSet(project: $p, input: { name: "ro-sts", template: $t }) { name }
        d: createDeployment(project: $p, input: { name: "ro-web", replicas: 1, template: $t }) { name }
        v: createService(project: $p, input: { name: "ro-web", ports: [{ port: 80 }] }) { name }
      }`,
      { p: ns, t: { containers: [{ image: IMAGE }] } },
    );
    expect(made.errors).toBeUndefined();
    await waitFor('an EndpointSlice of ro-web', async () => {
      const r = await gql<{ _entities: { endpointSlices: { nodes: { serviceName: string; status: { status: string } }[] } }[] }>(
        admin,
        'query($p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { endpointSlices(filter: { labelSelector: "kubernetes.io/service-name=ro-web" }) { nodes { serviceName status { status } } } } } }',
        { p: ns },
      );
      return r.data?._entities[0].endpointSlices.nodes.some((e) => e.serviceName === 'ro-web');
    }, 30_000);
    await waitFor('a ControllerRevision owned by ro-sts', async () => {
      const r = await gql<{ _entities: { controllerRevisions: { nodes: { revision: number }[] } }[] }>(
        admin,
        'query($p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { controllerRevisions(filter: { owner: "StatefulSet/ro-sts" }) { nodes { revision } } } } }',
        { p: ns },
      );
      return r.data?._entities[0].controllerRevisions.nodes.some((x) => x.revision === 1);
    }, 30_000);
    await waitFor('events about ro-web (ScalingReplicaSet)', async () => {
      const r = await gql<{ deployment: { events: { reason: string }[] } }>(admin, 'query($p: String!) { deployment(namespace: $p, name: "ro-web") { events { reason message involvedKind } } }', { p: ns });
      return r.data?.deployment.events.some((e) => e.reason === 'ScalingReplicaSet');
    }, 30_000);
    for (const kind of ['EndpointSlice', 'ControllerRevision', 'Event']) {
      const del = await gql(admin, 'mutation($k: String!, $p: String!) { deleteObject(kind: $k, project: $p, name: "x") { name } }', { k: kind, p: ns });
      expect(codes(del), kind).toEqual(['BAD_USER_INPUT']);
    }
  }, 60_000);
});

describe('forms and YAML share one field manager', () => {
  test('an object made from a form is changed by applyYaml; made again: CONFLICT; a field another manager set: CONFLICT naming it', async () => {
    const made = await gql(admin, 'mutation($p: String!) { createDeployment(project: $p, input: { name: "shared", replicas: 1, template: { containers: [{ image: "registry.local/meridian/demo:1" }] } }) { name } }', { p: ns });
    expect(made.errors).toBeUndefined();
    const again = await gql(admin, 'mutation($p: String!) { createDeployment(project: $p, input: { name: "shared", template: { containers: [{ image: "x" }] } }) { name } }', { p: ns });
    expect(codes(again)).toEqual(['CONFLICT']);

    const manifest = (replicas: number, image: string) =>
      stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'shared' },
        spec: { replicas, selector: { matchLabels: { app: 'shared' } }, template: { metadata: { labels: { app: 'shared' } }, spec: { containers: [{ name: 'main', image }] } } },
      });
    const applied = await gql<{ applyYaml: { replicas: number; images: string[] }[] }>(admin, 'mutation($p: String!, $y: String!) { applyYaml(project: $p, yaml: $y) { ... on Deployment { replicas images } } }', { p: ns, y: manifest(2, 'registry.local/meridian/demo:2') });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyYaml).toEqual([{ replicas: 2, images: ['registry.local/meridian/demo:2'] }]);

    // Someone else (kubectl's field manager) takes spec.replicas over.
    await kubeRequest(kc, {
      method: 'PATCH',
      path: apiPath(Kinds.Deployment, { namespace: ns, name: 'shared' }),
      query: { fieldManager: 'kubectl', force: true },
      contentType: 'application/apply-patch+yaml',
      body: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'shared' }, spec: { replicas: 4 } },
    });
    const clash = await gql(admin, 'mutation($p: String!, $y: String!) { applyYaml(project: $p, yaml: $y) { name } }', { p: ns, y: manifest(1, 'registry.local/meridian/demo:2') });
    expect(codes(clash)).toEqual(['CONFLICT']);
    expect(clash.errors![0].message).toContain('kubectl');
    expect((clash.errors![0].extensions as { causes: { field: string }[] }).causes.map((c) => c.field)).toEqual(['.spec.replicas']);
  });
});

describe('kubeKinds drives a generic console page', () => {
  test('each kind names a type implementing KubeObject, a list field and a create mutation that exist in the API; each accepts its sort keys', async () => {
    const api = buildSchema(readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'));
    type K = { kind: string; namespaced: boolean; graphqlType: string; listField: string | null; createMutation: string | null; sortKeys: string[]; filters: string[]; clusterAdmin: boolean; readOnly: boolean };
    const res = await gql<{ kubeKinds: K[] }>(viewer, '{ kubeKinds { kind namespaced graphqlType listField createMutation sortKeys filters clusterAdmin readOnly } }');
    expect(res.errors).toBeUndefined();
    const kinds = res.data!.kubeKinds.filter((k) => k.listField);
    expect(kinds.length).toBe(23);
    const filterFields = Object.keys((api.getType('KubeObjectFilter') as GraphQLInputObjectType).getFields());
    for (const k of kinds) {
      const type = api.getType(k.graphqlType) as GraphQLObjectType;
      expect(type.getInterfaces().map((i) => i.name), k.kind).toEqual(['KubeObject']);
      const owner = (k.namespaced ? api.getType('Project') : api.getQueryType()) as GraphQLObjectType;
      expect(String(owner.getFields()[k.listField!]?.type), k.kind).toBe(`${k.graphqlType}Connection`);
      if (k.createMutation) expect(String(api.getMutationType()!.getFields()[k.createMutation]?.type), k.kind).toBe(`${k.graphqlType}!`);
      for (const f of k.filters) expect(filterFields, `${k.kind} filter ${f}`).toContain(f);
      expect(k.clusterAdmin, k.kind).toBe(!k.namespaced);
    }
    expect(kinds.filter((k) => k.createMutation).map((k) => k.kind).sort()).toEqual(
      ['ConfigMap', 'CronJob', 'DaemonSet', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'Job', 'PersistentVolumeClaim', 'Secret', 'Service', 'StatefulSet'],
    );
    for (const k of kinds.filter((x) => x.namespaced)) {
      for (const field of k.sortKeys) {
        const r = await gql(viewer, 'query($p: String!, $k: String!, $s: WorkloadSort) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { objects(kind: $k, sort: $s, first: 3) { totalCount nodes { kind name status { status } } } } } }', {
          p: ns,
          k: k.kind,
          s: { field, direction: 'DESC' },
        });
        expect(r.errors, `${k.kind} by ${field}`).toBeUndefined();
      }
    }
    // A sort key a kind does not have: BAD_USER_INPUT naming it.
    const platformAdmin = userIdentity('kinds-platform-admin', { platformRole: 'platform-admin' });
    const bad = await gql(platformAdmin, '{ storageClasses(sort: { field: STATUS }) { totalCount } }');
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors![0].extensions as { field: string }).field).toBe('sort.field');
    // Cluster lists are for platform admins: a project admin is refused.
    expect(codes(await gql(admin, '{ storageClasses { totalCount } }'))).toEqual(['FORBIDDEN']);
  });
});
