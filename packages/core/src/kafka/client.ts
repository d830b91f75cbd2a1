import { Kafka, logLevel, type KafkaConfig, type LogEntry } from 'kafkajs';
import type { Logger } from '../log.ts';

/**
 * The Kafka brokers this process talks to: MERIDIAN_KAFKA_BROKERS (comma-separated host:port),
 * read when asked (a launcher may set it after loading this module). Undefined: no Kafka.
 */
export function kafkaBrokers(): string[] | undefined {
  const raw = process.env.MERIDIAN_KAFKA_BROKERS?.trim();
  if (!raw) return undefined;
  const brokers = raw.split(',').map((b) => b.trim()).filter(Boolean);
  return brokers.length ? brokers : undefined;
}

const LEVEL: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/**
 * A kafkajs client whose log lines go to our pino logger. kafkajs reports every retry of a
 * broker that is down as an ERROR; the callers here retry on their own schedule and log what
 * matters, so its lines are demoted to debug unless they say something else went wrong.
 */
export function createKafka(opts: { brokers: string[]; clientId: string; log: Logger } & Partial<KafkaConfig>): Kafka {
  const { brokers, clientId, log, ...rest } = opts;
  const kafkaLog = log.child({ component: 'kafkajs' });
  return new Kafka({
    brokers,
    clientId,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    // Short retries: a broker that is down is retried by our own loops (relay, consumer restart).
    retry: { initialRetryTime: 200, retries: 3, maxRetryTime: 2_000 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      const connectionTrouble = /connect|ECONNREFUSED|broker|Connection|Crash|disconnected|coordinator|leader/i.test(`${message} ${String(extra.error ?? '')}`);
      const level = connectionTrouble ? 'debug' : (LEVEL[entry.level] ?? 'info');
      kafkaLog[level]({ namespace: entry.namespace, ...extra }, message);
    },
    ...rest,
  });
}
