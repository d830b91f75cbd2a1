import { pino, type DestinationStream, type Logger } from 'pino';
import { config } from './config.ts';
import { activeTraceIds } from './tracing-ids.ts';

export type { Logger };

/** The active trace on every line, so a log line leads to its trace and back (empty when none). */
function traceFields(): Record<string, string> {
  const ids = activeTraceIds();
  return ids ? { trace_id: ids.traceId, span_id: ids.spanId } : {};
}

/** JSON logs on stdout (or `destination`), one line per event, with the service name and the active trace on every line. */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  return pino({ level: config.logLevel, base: { service }, mixin: traceFields }, destination);
}
