import { PrismaPg } from '@prisma/adapter-pg';
import { GraphQLError } from 'graphql';
import { upstreamUnavailable } from '../errors.ts';
import { Prisma, PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient };

/**
 * How long the pool waits on Postgres, in ms. Without limits a database that accepts connections
 * and never answers hangs every request that needs it; with them those fields fail with
 * UPSTREAM_UNAVAILABLE and the rest of the page still answers.
 */
export interface PoolTimeouts {
  /** Opening a connection, TLS and authentication included (MERIDIAN_DB_CONNECT_TIMEOUT_MS, 5 s). */
  connectMs: number;
  /** An unused pooled connection is closed after this (MERIDIAN_DB_IDLE_TIMEOUT_MS, 30 s). */
  idleMs: number;
  /** The server cancels a statement running longer (MERIDIAN_DB_STATEMENT_TIMEOUT_MS, 15 s). */
  statementMs: number;
  /**
   * The client gives up on an answer after this, for a server too hung to cancel anything
   * (MERIDIAN_DB_QUERY_TIMEOUT_MS; default: the statement timeout + 2 s, so the server's own
   * cancel normally comes first).
   */
  queryMs: number;
}

function msFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`${name} must be a positive whole number of milliseconds, not "${raw}"`);
  return ms;
}

export function poolTimeouts(overrides: Partial<PoolTimeouts> = {}): PoolTimeouts {
  const statementMs = overrides.statementMs ?? msFromEnv('MERIDIAN_DB_STATEMENT_TIMEOUT_MS', 15_000);
  return {
    connectMs: overrides.connectMs ?? msFromEnv('MERIDIAN_DB_CONNECT_TIMEOUT_MS', 5_000),
    idleMs: overrides.idleMs ?? msFromEnv('MERIDIAN_DB_IDLE_TIMEOUT_MS', 30_000),
    statementMs,
    queryMs: overrides.queryMs ?? msFromEnv('MERIDIAN_DB_QUERY_TIMEOUT_MS', statementMs + 2_000),
  };
}

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);
/** node-postgres' own errors for a connection that failed, timed out or dropped (they carry no code). */
const PG_CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection closed/i;
/**
 * SQLSTATEs of a database that cannot serve now: connection exceptions (08), query_canceled
 * (statement_timeout), admin/crash shutdown, cannot_connect_now, too_many_connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57014|57P01|57P02|57P03|53300)$/;
/**
 * Prisma's codes for the same: can't reach (P1001), timed out (P1002, P1008), server closed the
 * connection (P1017), no pooled connection in time (P2024).
 */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** True when an error says the database is down, hung or overloaded, not that the request was wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const { code } = err as { code?: unknown };
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNAVAILABLE_PRISMA_CODES.has(err.code)) return true;
    // An interactive transaction that got no connection within maxWait.
    if (err.code === 'P2028' && /Unable to start a transaction/i.test(err.message)) return true;
    const driver = (err.meta as { driverAdapterError?: { cause?: { kind?: string; originalCode?: string; code?: string } } } | undefined)?.driverAdapterError?.cause;
    if (driver?.kind && ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'].includes(driver.kind)) return true;
    const sqlstate = driver?.originalCode ?? driver?.code;
    return typeof sqlstate === 'string' && UNAVAILABLE_SQLSTATE.test(sqlstate);
  }
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (PG_CONNECTION_MESSAGES.test(err.message)) return true;
  return err.cause !== undefined && err.cause !== err && isDatabaseUnavailable(err.cause);
}

/** The database's unavailability as the API's UPSTREAM_UNAVAILABLE; any other error unchanged. */
export function asUpstream(err: unknown): unknown {
  if (err instanceof GraphQLError || !isDatabaseUnavailable(err)) return err;
  // Prisma's messages start with the invocation (model, arguments); clients get only the reason.
  const reason = (err as Error).message.trim().split('\n').at(-1) ?? '';
  return upstreamUnavailable('Postgres', new Error(reason));
}

/**
 * A Prisma client over node-postgres (the driver adapter: no query-engine binary needed), with
 * the pool's timeouts, whose every operation turns the database's unavailability into
 * UPSTREAM_UNAVAILABLE (asUpstream): done here once for tenancy and appstore, so resolvers and
 * sources only handle the errors that mean something to them (unique violations, ...).
 */
export function createPrisma(url: string, opts: { maxConnections?: number; timeouts?: Partial<PoolTimeouts> } = {}): PrismaClient {
  const t = poolTimeouts(opts.timeouts);
  const adapter = new PrismaPg({
    connectionString: url,
    max: opts.maxConnections ?? 10,
    connectionTimeoutMillis: t.connectMs,
    idleTimeoutMillis: t.idleMs,
    statement_timeout: t.statementMs,
    query_timeout: t.queryMs,
  });
  // An interactive transaction waits at most the connect timeout for its connection.
  const base = new PrismaClient({ adapter, transactionOptions: { maxWait: t.connectMs } });
  const rethrow = (err: unknown): never => {
    throw asUpstream(err);
  };
  const client = base.$extends({
    query: {
      $allOperations: ({ args, query }) => query(args).catch(rethrow),
    },
    client: {
      // Starting or committing a transaction fails outside any single operation.
      $transaction: ((...args: unknown[]) => (Reflect.apply(base.$transaction, base, args) as Promise<unknown>).catch(rethrow)) as PrismaClient['$transaction'],
    },
  });
  // The extension changes errors only, not the client's shape.
  return client as unknown as PrismaClient;
}
