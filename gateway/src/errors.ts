import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { RequestHandler } from 'express';
import { ErrorCode, withTraceId, type Logger } from '@meridian/core';

/**
 * The gateway's last word on every error a client sees, over HTTP and WebSocket alike.
 * Errors with a code (the subgraphs' own, UPSTREAM_UNAVAILABLE, Apollo's validation codes) pass
 * unchanged; an error without one is a gateway bug: logged in full, masked for the client.
 */
export function formatGatewayError(log: Logger) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => withTraceId(masked(log, formatted, error));
}

function masked(log: Logger, formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== ErrorCode.INTERNAL) return withoutStacktrace(formatted);
  if (code === ErrorCode.INTERNAL && formatted.extensions?.serviceName) return withoutStacktrace(formatted); // already masked by the subgraph
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  log.error({ err: original ?? formatted, path: formatted.path }, 'unexpected gateway error');
  return {
    message: 'Meridian hit an unexpected error; it has been logged. Try again, and report it if it persists.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL },
  };
}

/**
 * Errors the gateway answers before Apollo Server runs (limits, sessions, rate limits) carry the
 * trace id too: every JSON body with `errors` leaving /graphql gets it.
 */
export function errorsCarryTraceId(): RequestHandler {
  return (_req, res, next) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const errors = (body as { errors?: unknown } | null)?.errors;
      if (!Array.isArray(errors)) return json(body);
      return json({ ...(body as object), errors: errors.map((e: GraphQLFormattedError) => withTraceId(e)) });
    };
    next();
  };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _drop, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** Any thrown value or error object as a formatted GraphQL error (for WebSocket results). */
export function toFormatted(error: unknown): GraphQLFormattedError {
  if (error instanceof GraphQLError) return error.toJSON();
  if (error instanceof Error) return { message: error.message };
  if (error && typeof error === 'object' && 'message' in error) return error as GraphQLFormattedError;
  return { message: String(error) };
}
