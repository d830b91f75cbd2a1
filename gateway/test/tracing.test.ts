/**
 * Traces from the gateway through real subgraphs to their backends, against the lab: one trace
 * holds the gateway's span, the subgraph's span and the backend client span beneath it
 * (Prometheus over fetch, Kubernetes over https, Postgres over pg); errors carry that trace's id;
 * log lines carry the active trace. Spans are kept in memory (InMemorySpanExporter).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { createLogger } from '@meridian/core';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName } from '@meridian/core/kube/testing';
import { InMemorySpanExporter, SpanKind, inSpan, startTracing, type ReadableSpan } from '@meridian/core/tracing';
import { labEndpoints } from '../../deploy/local/lib/endpoints.ts';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { start as startMonitoring } from '../../subgraphs/monitoring/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, stopLabStack, waitFor, wsClient } from './helpers.ts';

// Started after the servers' modules were imported (as runWhenMain does): the instrumentations
// must still reach node:http and pg.
const exporter = new InMemorySpanExporter();
startTracing({ service: 'tracing-test', exporter });

const NOWHERE = 'http://127.0.0.1:9/graphql';
const TRACE_ID = /^[0-9a-f]{32}$/;

const service = (s: ReadableSpan) => s.attributes['meridian.service'];
const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;
const attributeText = (s: ReadableSpan) => Object.values(s.attributes).map(String).join(' ');

/** Whether `span` lies under `ancestor` (same trace, through its parents). */
function under(span: ReadableSpan, ancestor: ReadableSpan, spans: ReadableSpan[]): boolean {
  const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  for (let p = parentOf(span); p; p = parentOf(byId.get(p)!)) {
    if (p === ancestor.spanContext().spanId) return true;
    if (!byId.has(p)) return false;
  }
  return false;
}

/** The spans of the one trace a gateway request made, once its server span has ended. */
async function traceOfGatewayRequest(gatewaySpanName: RegExp = /./): Promise<{ gateway: ReadableSpan; spans: ReadableSpan[] }> {
  let gateway: ReadableSpan | undefined;
  await waitFor('the gateway span to end', () => {
    gateway = exporter.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER && service(s) === 'gateway' && gatewaySpanName.test(s.name));
    return Boolean(gateway);
  });
  const traceId = gateway!.spanContext().traceId;
  // Subgraph spans end before the gateway's; give client spans a moment to be exported too.
  await new Promise((r) => setTimeout(r, 50));
  return { gateway: gateway!, spans: exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId) };
}

describe('tracing from the gateway to the backends', () => {
  const kubeconfig = labKubeconfigPath();
  const kc = labKubeConfig(kubeconfig);
  const workspace = uniqueName('trace');
  const project = `${workspace}-p`;
  const password = `Pw-${randomBytes(6).toString('hex')}1`;
  let db: TestDatabase;
  let prisma: PrismaClient;
  let subgraphs: { stop(): Promise<void> }[] = [];
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase('tracing');
    prisma = createPrisma(db.url);
    const running = await Promise.all([
      startTenancy({ port: 0, databaseUrl: db.url, kubeconfig }),
      startWorkloads({ port: 0, kubeconfig }),
      startMonitoring({ port: 0, kubeconfig, prometheusUrl: labEndpoints('prometheus').url }),
    ]);
    subgraphs = running;
    const [tenancy, workloads, monitoring] = running;
    gateway = await startGateway({
      port: 0,
      subgraphUrls: { tenancy: tenancy.url, workloads: workloads.url, monitoring: monitoring.url, devops: NOWHERE, logging: NOWHERE, appstore: NOWHERE },
    });
    await prisma.user.create({
      data: { username: 'trace-admin', email: 'trace-admin@example.test', displayName: 'trace-admin', passwordHash: await hashPassword(password), platformRole: 'platform-admin' },
    });
    const login = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'trace-admin', p: password });
    token = login.body.data?.login?.token;
    assert.ok(token, JSON.stringify(login.body));
    const ws = await gql(gateway.url, 'mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: workspace }, token);
    assert.equal(ws.body.errors, undefined, JSON.stringify(ws.body.errors));
  });

  afterAll(async () => {
    await deleteNamespace(kc, project).catch(() => undefined);
    await stopLabStack({ gateway, subgraphs, prisma, db });
  });

  test('a mutation is one trace: gateway span, tenancy span, the Kubernetes API call beneath it', async () => {
    exporter.reset();
    const res = await gql(gateway.url, 'mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: workspace, n: project }, token);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    const { gateway: gatewaySpan, spans } = await traceOfGatewayRequest();
    const tenancy = spans.find((s) => s.kind === SpanKind.SERVER && service(s) === 'tenancy');
    assert.ok(tenancy, `no tenancy span in the gateway's trace: ${spans.map((s) => s.name).join(', ')}`);
    assert.ok(under(tenancy, gatewaySpan, spans), 'the tenancy span hangs under the gateway span');
    const kube = spans.find((s) => s.kind === SpanKind.CLIENT && /:6443\b|\b6443\b/.test(attributeText(s)) && /namespaces/.test(attributeText(s)));
    assert.ok(kube, `no Kubernetes API client span: ${spans.map((s) => `${s.name} ${attributeText(s)}`).join('\n')}`);
    assert.ok(under(kube, tenancy, spans), 'the Kubernetes call hangs under the tenancy span');
  });

  test('a query crossing subgraphs reaches Prometheus in the same trace', async () => {
    exporter.reset();
    const res = await gql(gateway.url, 'query($p: String!) { project(name: $p) { name metrics { cpu memory } } }', { p: project }, token);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    assert.equal(res.body.data?.project?.name, project);
    const { gateway: gatewaySpan, spans } = await traceOfGatewayRequest();
    const monitoring = spans.find((s) => s.kind === SpanKind.SERVER && service(s) === 'monitoring');
    assert.ok(monitoring, `no monitoring span: ${spans.map((s) => s.name).join(', ')}`);
    assert.ok(under(monitoring, gatewaySpan, spans));
    const prometheusPort = new URL(labEndpoints('prometheus').url).port;
    const prometheus = spans.find((s) => s.kind === SpanKind.CLIENT && attributeText(s).includes(`:${prometheusPort}/api/v1/query`));
    assert.ok(prometheus, `no Prometheus client span: ${spans.map((s) => `${s.name} ${attributeText(s)}`).join('\n')}`);
    assert.ok(under(prometheus, monitoring, spans), 'the Prometheus call hangs under the monitoring span');
  });

  test('signing in is one trace down to the Postgres queries', async () => {
    exporter.reset();
    const res = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'trace-admin', p: password });
    assert.ok(res.body.data?.login?.token, JSON.stringify(res.body));
    const { gateway: gatewaySpan, spans } = await traceOfGatewayRequest();
    const tenancy = spans.find((s) => s.kind === SpanKind.SERVER && service(s) === 'tenancy');
    assert.ok(tenancy && under(tenancy, gatewaySpan, spans));
    const sql = spans.filter((s) => s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql');
    assert.ok(sql.length > 0, `no pg span: ${spans.map((s) => s.name).join(', ')}`);
    assert.ok(sql.every((s) => under(s, tenancy, spans)), 'every query hangs under the tenancy span');
  });

  test("an error carries its trace's id, from a subgraph and from the gateway's own refusals", async () => {
    exporter.reset();
    const missing = await gql(gateway.url, 'query($p: String!) { project(name: $p) { name metrics { cpu } } }', { p: `${project}-missing` }, token);
    assert.equal(missing.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const { gateway: gatewaySpan } = await traceOfGatewayRequest();
    assert.match(missing.body.errors![0].extensions!.traceId, TRACE_ID);
    assert.equal(missing.body.errors![0].extensions!.traceId, gatewaySpan.spanContext().traceId);

    // Refused by the query limits before Apollo Server runs.
    exporter.reset();
    const deep = await gql(gateway.url, `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { username }`).join(' ')} }`, {}, token);
    assert.equal(deep.status, 400);
    assert.equal(deep.body.errors?.[0]?.extensions?.code, 'QUERY_LIMIT_EXCEEDED');
    const refused = await traceOfGatewayRequest();
    assert.equal(deep.body.errors![0].extensions!.traceId, refused.gateway.spanContext().traceId);
  });

  test("the caller's W3C traceparent is continued: the error names the caller's trace", async () => {
    const traceId = randomBytes(16).toString('hex');
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({ query: '{ project(name: "nowhere-at-all") { name } }' }),
    });
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    assert.equal(body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(body.errors?.[0]?.extensions?.traceId, traceId);
  });

  test('over graphql-ws: a query and a subscription continue the trace to the subgraphs', async () => {
    exporter.reset();
    const ws = wsClient(gateway.wsUrl, token, { keepOpen: true });
    try {
      const result = await new Promise<{ data?: { project?: { name: string } }; errors?: unknown[] }>((resolve, reject) => {
        let value: unknown;
        ws.client.subscribe(
          { query: 'query Traced($p: String!) { project(name: $p) { name metrics { cpu } } }', operationName: 'Traced', variables: { p: project } },
          { next: (v) => (value = v), error: reject, complete: () => resolve(value as never) },
        );
      });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const query = await traceOfGatewayRequest(/ Traced$/);
      const monitoring = query.spans.find((s) => s.kind === SpanKind.SERVER && service(s) === 'monitoring');
      assert.ok(monitoring && under(monitoring, query.gateway, query.spans), `no monitoring span under the graphql-ws span: ${query.spans.map((s) => s.name).join(', ')}`);

      // A client may start the trace itself: W3C trace context in the subscribe message's extensions.
      exporter.reset();
      const traceId = randomBytes(16).toString('hex');
      const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
      const sub = ws.client.subscribe(
        { query: 'subscription Live($p: String!) { podStatusChanged(project: $p) { type } }', variables: { p: project }, extensions: { traceparent } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      let upstream: ReadableSpan | undefined;
      await waitFor('the workloads subscription span', () => {
        upstream = exporter.getFinishedSpans().find((s) => s.name === 'workloads subscription');
        return Boolean(upstream);
      });
      sub();
      const live = await traceOfGatewayRequest(/ Live$/);
      assert.equal(live.gateway.spanContext().traceId, traceId, "the gateway continues the client's trace");
      assert.equal(upstream!.spanContext().traceId, traceId, 'the subgraph subscription continues it too');
      assert.ok(under(upstream!, live.gateway, live.spans), 'under the gateway span');
    } finally {
      ws.client.dispose();
    }
  });

  test('a log line carries the active trace and span ids', async () => {
    const lines: string[] = [];
    const log = createLogger('tracing-test', new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    log.info('outside any span');
    const ids = await inSpan('logged work', {}, async (span) => {
      log.info('inside a span');
      return span.spanContext();
    });
    const [outside, inside] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(outside!.trace_id, undefined);
    assert.equal(inside!.trace_id, ids.traceId);
    assert.equal(inside!.span_id, ids.spanId);
  });
});
