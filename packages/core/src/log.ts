import { pino, type Logger } from 'pino';
import { config } from './config.ts';

export type { Logger };

/** JSON logs on stdout, one line per event, with the service name on every line. */
export function createLogger(service: string): Logger {
  return pino({ level: config.logLevel, base: { service } });
}
