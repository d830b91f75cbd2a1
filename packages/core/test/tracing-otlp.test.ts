/**
 * With an OTLP endpoint configured, spans leave the process over OTLP/HTTP (JSON): a tiny
 * receiver on 127.0.0.1 takes POST /v1/traces, as a collector would. A subgraph answers a
 * query with an error; the receiver gets its server span under the service name, in the trace
 * the error names, continuing the caller's traceparent.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { notFound } from '../src/errors.ts';
import { signIdentity } from '../src/identity.ts';
import { config } from '../src/config.ts';
import { IDENTITY_HEADER } from '../src/identity.ts';
import { startSubgraph, type RunningSubgraph } from '../src/server.ts';
import { userIdentity } from '../src/testing.ts';
import { otlpEndpoint, startTracing, type Tracing } from '../src/tracing.ts';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: { stringValue?: string } }[];
}
interface OtlpExport {
  resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

describe('OTLP/HTTP export', () => {
  const received: { path: string; contentType: string | undefined; body: OtlpExport }[] = [];
  let receiver: http.Server;
  let subgraph: RunningSubgraph;
  let tracing: Tracing;

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.method === 'POST') received.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    process.env.MERIDIAN_OTLP_ENDPOINT = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/`;
    tracing = startTracing({ service: 'otlp-test' });
    subgraph = await startSubgraph({
      name: 'appstore',
      typeDefs: 'type Query { thing(name: String!): String }',
      resolvers: { Query: { thing: (_: unknown, { name }: { name: string }) => { throw notFound('Thing', name); } } },
      port: 0,
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await tracing?.shutdown();
    delete process.env.MERIDIAN_OTLP_ENDPOINT;
    await new Promise((resolve) => receiver?.close(resolve));
  });

  test('the endpoint comes from OTEL_EXPORTER_OTLP_ENDPOINT or MERIDIAN_OTLP_ENDPOINT, traces path added', () => {
    assert.equal(otlpEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }), 'http://collector:4318/v1/traces');
    assert.equal(otlpEndpoint({ MERIDIAN_OTLP_ENDPOINT: 'http://collector:4318/' }), 'http://collector:4318/v1/traces');
    assert.equal(otlpEndpoint({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c/x' }), 'http://c/x');
    assert.equal(otlpEndpoint({}), undefined);
  });

  test("a request's span arrives at the receiver, in the trace its error names", async () => {
    assert.equal(tracing.exporting, true);
    const traceId = randomBytes(16).toString('hex');
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: await signIdentity(userIdentity('otlp'), config.internalKey),
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({ query: 'query Lookup { thing(name: "x") }' }),
    });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    assert.equal(body.errors[0]!.extensions.code, 'NOT_FOUND');
    assert.equal(body.errors[0]!.extensions.traceId, traceId);

    await tracing.flush();
    assert.ok(received.length > 0, 'nothing was exported');
    assert.ok(received.every((r) => r.path === '/v1/traces' && r.contentType?.startsWith('application/json')));
    const resources = received.flatMap((r) => r.body.resourceSpans);
    const serviceNames = resources.map((r) => r.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue);
    assert.ok(serviceNames.includes('otlp-test'), `service names: ${serviceNames.join(', ')}`);
    const spans = resources.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    const server = spans.find((s) => s.traceId === traceId && s.name === 'appstore query Lookup');
    assert.ok(server, `spans received: ${spans.map((s) => `${s.name} ${s.traceId}`).join(', ')}`);
    assert.equal(server.attributes?.find((a) => a.key === 'meridian.service')?.value.stringValue, 'appstore');
  });
});
