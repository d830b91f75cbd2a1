import { context, trace, type Span } from '@opentelemetry/api';
import { SpanKind, contextFromCarrier } from '@meridian/core/tracing';

const tracer = () => trace.getTracer('meridian');

/**
 * One span per graphql-ws operation at the gateway (over HTTP the http instrumentation makes the
 * request's span). graphql-ws hands every hook of one operation the same payload object, so the
 * span is found by it: started when the subscribe message arrives (continuing a `traceparent`
 * the client put in `extensions`), current while the operation runs and while its errors are
 * formatted (so they carry its trace id). It ends when the operation has run, or for a
 * subscription when it is set up (like the subgraphs' subscription spans), or when refused.
 */
export class OperationSpans {
  private readonly byPayload = new WeakMap<object, Span>();
  private readonly byContext = new WeakMap<object, Span>();

  start(payload: { query?: unknown; operationName?: string | null; extensions?: unknown }): void {
    const operation = payload.operationName ?? (typeof payload.query === 'string' ? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(payload.query)?.[1] : undefined);
    const name = `gateway graphql-ws${operation ? ` ${operation}` : ''}`;
    const span = tracer().startSpan(name, { kind: SpanKind.SERVER, attributes: { 'meridian.service': 'gateway' } }, contextFromCarrier(payload.extensions));
    this.byPayload.set(payload, span);
  }

  /** The operation's context value belongs to the same span (execute and subscribe see only it). */
  bind(payload: object, contextValue: object): void {
    const span = this.byPayload.get(payload);
    if (span) this.byContext.set(contextValue, span);
  }

  /** Runs `fn` with the span of the operation (found by payload or context value) current. */
  within<T>(key: unknown, fn: () => T): T {
    const span = key && typeof key === 'object' ? (this.byPayload.get(key) ?? this.byContext.get(key)) : undefined;
    return span ? context.with(trace.setSpan(context.active(), span), fn) : fn();
  }

  /** Runs the operation (execute, or setting up a subscription) in its span, which ends with it. */
  async run<T>(contextValue: unknown, fn: () => Promise<T>): Promise<T> {
    try {
      return await this.within(contextValue, fn);
    } finally {
      if (contextValue && typeof contextValue === 'object') this.byContext.get(contextValue)?.end();
    }
  }

  /** Ends the span of an operation refused before it ran. */
  end(payload: object): void {
    const span = this.byPayload.get(payload);
    if (span?.isRecording()) span.end();
  }
}
