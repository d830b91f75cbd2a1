import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, test } from 'vitest';
import { REPO_ROOT } from '@meridian/core/config';
import { CompositionFailed, composeSupergraph } from '../src/composition.ts';
import { loadSupergraph, readCommittedSupergraph } from '../src/supergraph.ts';
import { planSubscription } from '../src/subscriptions/plan.ts';
import { buildSchema, getNamedType, isLeafType, parse, type GraphQLObjectType } from 'graphql';
import { monitoringTypeDefs } from './fixtures/monitoring.ts';
import { tenancyTypeDefs } from './fixtures/tenancy.ts';
import { workloadsTypeDefs } from './fixtures/workloads.ts';

const fixtures = [
  { name: 'tenancy', url: 'http://127.0.0.1:1/graphql', typeDefs: tenancyTypeDefs },
  { name: 'workloads', url: 'http://127.0.0.1:2/graphql', typeDefs: workloadsTypeDefs },
  { name: 'monitoring', url: 'http://127.0.0.1:3/graphql', typeDefs: monitoringTypeDefs },
];

describe('composition', () => {
  test('the API schema merges the subgraphs and shows no federation internals', () => {
    const { supergraphSdl, apiSdl } = composeSupergraph(fixtures);
    assert.match(supergraphSdl, /join__graph/);
    const api = buildSchema(apiSdl);
    const pod = api.getType('Pod') as GraphQLObjectType;
    assert.deepEqual(Object.keys(pod.getFields()).sort(), ['metrics', 'name', 'namespace', 'phase', 'seenBy']);
    assert.equal(String(api.getSubscriptionType()?.getFields().podStatusChanged.type), 'PodEvent!');
    assert.doesNotMatch(apiSdl, /join__|link__|@link|_entities|_service|_Any/);
  });

  test('a conflict between subgraphs is reported with the type and field', () => {
    const clash = { name: 'monitoring', url: 'http://127.0.0.1:3/graphql', typeDefs: monitoringTypeDefs.replace('cpu: Float!', 'cpu: Float!\n  }\n  type PodEvent { type: Int! ') };
    assert.throws(
      () => composeSupergraph([fixtures[0], fixtures[1], clash]),
      (err: unknown) => err instanceof CompositionFailed && err.errors.some((e) => /PodEvent\.type/.test(e)),
    );
  });

  test('a subscription needing another subgraph plans as primary + rest', () => {
    const supergraph = loadSupergraph(composeSupergraph(fixtures).supergraphSdl);
    const doc = parse('subscription { podStatusChanged(project: "p") { pod { name metrics { cpu } } } }');
    const plan = planSubscription(supergraph, doc);
    assert.equal(plan.primary.serviceName, 'workloads');
    assert.ok(plan.rest, 'there is a rest');
    assert.match(JSON.stringify(plan.rest), /"serviceName":"monitoring"/);
    assert.doesNotMatch(JSON.stringify(plan.rest), /"serviceName":"workloads"/);
    const onlyWorkloads = planSubscription(supergraph, parse('subscription { podStatusChanged(project: "p") { type } }'));
    assert.equal(onlyWorkloads.rest, undefined);
  });

  test('the committed supergraph plans the console\'s subscriptions, across subgraphs where needed', () => {
    const supergraph = loadSupergraph(readCommittedSupergraph());
    const plan = planSubscription(
      supergraph,
      parse('subscription { podStatusChanged(project: "x") { type pod { name phase metrics { cpu } } } }'),
    );
    assert.equal(plan.primary.serviceName, 'workloads');
    assert.match(JSON.stringify(plan.rest), /"serviceName":"monitoring"/);
    const fields = Object.keys(supergraph.apiGraphQLSchema.getSubscriptionType()?.getFields() ?? {});
    assert.ok(fields.length > 0);
    for (const field of fields) {
      const { args, type } = supergraph.apiGraphQLSchema.getSubscriptionType()!.getFields()[field];
      const selection = isLeafType(getNamedType(type)) ? '' : ' { __typename }';
      const vars = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const doc = parse(`subscription${vars ? `(${vars})` : ''} { ${field}${call ? `(${call})` : ''}${selection} }`);
      assert.ok(planSubscription(supergraph, doc).primary.serviceName, field);
    }
  });

  test('the committed schema/supergraph.graphql and schema/api.graphql match the subgraph schemas (npm run compose -- --check)', async () => {
    const run = promisify(execFile);
    const result = await run('npx', ['tsx', 'gateway/src/compose.ts', '--check'], { cwd: REPO_ROOT }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    assert.equal(result.code, 0, result.out);
  });
});
