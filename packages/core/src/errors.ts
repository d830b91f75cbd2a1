import { GraphQLError } from 'graphql';

/**
 * The stable error codes of Meridian's API. Clients branch on `extensions.code`, never on the
 * message, so a code once published is never renamed.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** The gateway refused an operation before running it: too deep, too many aliases, too costly, … */
  QUERY_LIMIT_EXCEEDED: 'QUERY_LIMIT_EXCEEDED',
  /** Too many requests for one API token or signed-in user: wait `extensions.retryAfter` seconds. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A persisted operation id (document hash) the gateway's manifest does not hold. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** This caller (a browser, or everyone) may only run persisted operations: send a known id. */
  PERSISTED_QUERY_REQUIRED: 'PERSISTED_QUERY_REQUIRED',
  /** A first-run password must be changed first: only changePassword, logout, me and signing in work until then. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

function fail(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'Sign in first: this request carries no valid session.') =>
  fail(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string) => fail(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string, name: string) =>
  fail(ErrorCode.NOT_FOUND, `${what} "${name}" does not exist or you may not see it.`, { what, name });

export const badInput = (message: string, field?: string) =>
  fail(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const conflict = (message: string) => fail(ErrorCode.CONFLICT, message);

/** The caller used up its request allowance; `retryAfterSeconds` is when the next one is allowed. */
export const rateLimited = (retryAfterSeconds: number) =>
  fail(ErrorCode.RATE_LIMITED, `Too many requests: try again in ${retryAfterSeconds} s.`, { retryAfter: retryAfterSeconds });

export const passwordChangeRequired = () =>
  fail(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'Change your first-run password first (changePassword); until then only changePassword, logout, me and signing in work.');

/** A backend (Kubernetes, Prometheus, Elasticsearch, Jenkins, Postgres) did not answer. */
export const upstreamUnavailable = (dependency: string, cause?: unknown) =>
  fail(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${dependency} is unavailable right now${cause instanceof Error ? `: ${cause.message}` : ''}. Other data on this page is still current; try again shortly.`,
    { dependency },
  );

/**
 * Runs a call to a backend and turns a connection failure into UPSTREAM_UNAVAILABLE, so the
 * field resolves to an error while its siblings still return data (partial results).
 */
export async function fromUpstream<T>(dependency: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    throw upstreamUnavailable(dependency, err);
  }
}
