import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The active span's trace and span ids, if there is a valid one. Only the OpenTelemetry API:
 * cheap to import everywhere (logs, errors); without a started SDK there is never a span.
 */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const ctx = span.spanContext();
  return isSpanContextValid(ctx) ? { traceId: ctx.traceId, spanId: ctx.spanId } : undefined;
}

/** `extensions.traceId` for an error answered inside the active trace. */
export function withTraceId<T extends { extensions?: Record<string, unknown> }>(error: T): T {
  const ids = activeTraceIds();
  if (!ids || error.extensions?.traceId === ids.traceId) return error;
  return { ...error, extensions: { ...error.extensions, traceId: ids.traceId } };
}
