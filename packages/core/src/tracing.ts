import { createRequire } from 'node:module';
import {
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  InMemorySpanExporter,
  ParentBasedSampler,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';

// Tests build their exporter from here: the root node_modules also holds an older SDK (Apollo's).
export { InMemorySpanExporter, type ReadableSpan, type SpanExporter };
export { activeTraceIds, withTraceId } from './tracing-ids.ts';

export interface TracingOptions {
  /** service.name of every span this process exports ("gateway", "workloads", "meridian" for all in one). */
  service: string;
  /** Where spans go; default an OTLP/HTTP exporter when an endpoint is configured, else nowhere. */
  exporter?: SpanExporter;
  /** Export each span as it ends (tests) instead of in batches. */
  simple?: boolean;
}

export interface Tracing {
  /** Whether spans are recorded and exported (false: trace ids exist and propagate, nothing is recorded). */
  exporting: boolean;
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/** The OTLP base URL (the exporter adds /v1/traces), from OTEL_EXPORTER_OTLP_ENDPOINT or MERIDIAN_OTLP_ENDPOINT. */
export function otlpEndpoint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = (env.OTEL_EXPORTER_OTLP_ENDPOINT ?? env.MERIDIAN_OTLP_ENDPOINT)?.trim();
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

const NOT_TRACED_PATHS = new Set(['/healthz', '/metrics', '/favicon.ico']);

let started: Tracing | undefined;

/**
 * Starts OpenTelemetry for this process, once (later calls return the first one): W3C trace
 * context in and out over HTTP (node:http/https for the Kubernetes client, undici for fetch and
 * the gateway's subgraph pool), Postgres queries through pg. Call it before servers start.
 *
 * Without an exporter every span is sampled out: the SDK still makes trace and span ids and
 * propagates them (errors and log lines carry them, subgraphs continue the gateway's trace), but
 * records no attributes or timings, which keeps the cost to id generation and header writes.
 */
export function startTracing(opts: TracingOptions): Tracing {
  if (started) return started;
  const endpoint = otlpEndpoint();
  const exporter = opts.exporter ?? (endpoint ? new OTLPTraceExporter({ url: endpoint }) : undefined);
  const spanProcessors = exporter ? [opts.simple || !endpoint ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)] : [];
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': opts.service }),
    sampler: exporter ? new ParentBasedSampler({ root: new AlwaysOnSampler() }) : new AlwaysOffSampler(),
    spanProcessors,
  });
  provider.register(); // AsyncLocalStorage context, W3C traceparent + baggage propagators

  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => NOT_TRACED_PATHS.has((req.url ?? '').split('?')[0]!),
        // Kubernetes watches and health probes run outside any request: not worth a trace each.
        requireParentforOutgoingSpans: true,
      }),
      new UndiciInstrumentation({ requireParentforSpans: true }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  // Servers import node:http and pg as ES modules before this runs; the instrumentations patch
  // the shared module objects when they are next required, so require them once here.
  const require = createRequire(import.meta.url);
  for (const name of ['node:http', 'node:https', 'pg', 'pg-pool']) {
    try {
      require(name);
    } catch {
      // not installed here: nothing to patch
    }
  }

  started = {
    exporting: Boolean(exporter),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
  return started;
}

/** W3C trace context of the active span as a plain object (`traceparent`, `tracestate`), for graphql-ws payloads. */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** The context a carrier (`traceparent`, …) continues; the active one when it carries none. */
export function contextFromCarrier(carrier: unknown): Context {
  if (!carrier || typeof carrier !== 'object') return context.active();
  return propagation.extract(context.active(), carrier as Record<string, unknown>);
}

const tracer = () => trace.getTracer('meridian');

/**
 * Runs `fn` in a new span (child of `parent`, default the active context), ended when `fn`'s
 * promise settles; a rejection marks the span as failed.
 */
export async function inSpan<T>(name: string, opts: { parent?: Context; kind?: SpanKind; attributes?: Attributes }, fn: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes }, opts.parent ?? context.active(), async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

export { SpanKind };

/**
 * Says which service answered a request on its server span (the gateway and the six subgraphs
 * may share one process): express middleware, so requests refused before GraphQL runs have it.
 */
export function serverSpanOf(service: string): RequestHandler {
  return (_req, _res, next) => {
    const span = trace.getActiveSpan();
    if (span?.isRecording()) span.setAttribute('meridian.service', service);
    next();
  };
}

/** Names the server span of each GraphQL request after its operation. */
export function operationSpanPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return {};
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'query';
          span.setAttributes({ 'graphql.operation.type': type, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
          span.updateName(`${service} ${type}${operationName ? ` ${operationName}` : ''}`);
        },
      };
    },
  };
}
