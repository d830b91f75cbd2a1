import { GraphQLError } from 'graphql';
import { ErrorCode } from '@meridian/core';
import { sha256Hex, type PersistedOperations } from './manifest.ts';

/** The fields of a GraphQL request (HTTP body or graphql-ws subscribe payload) that name its operation. */
export interface OperationRequest {
  query?: unknown;
  /** GraphQL over HTTP's persisted documents: "sha256:<hex>". */
  documentId?: unknown;
  /** Apollo's form, which urql's persistedExchange sends: `{ persistedQuery: { version: 1, sha256Hash } }`. */
  extensions?: unknown;
}

export type Resolved = { query: string } | { error: GraphQLError };

/**
 * A request from a web page: browsers send Origin on every cross-origin request and every
 * WebSocket, and the console is cross-origin to the gateway. (Not Sec-Fetch-Mode: Node's fetch
 * sends it too.)
 */
export function looksLikeBrowser(headers: Record<string, string | string[] | undefined>): boolean {
  return Boolean(headers.origin);
}

function requestedHash(request: OperationRequest): string | undefined {
  if (typeof request.documentId === 'string' && request.documentId) return request.documentId.replace(/^sha256:/, '');
  let extensions = request.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions) as unknown; // GET requests carry it as JSON text
    } catch {
      return undefined;
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' && hash ? hash : undefined;
}

export const persistedQueryNotFound = (hash: string) =>
  new GraphQLError(`No persisted operation has the id ${hash.slice(0, 80)}. The console and the gateway may be from different builds: reload the console.`, {
    extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND },
  });

export const persistedQueryRequired = (who: string) =>
  new GraphQLError(`${who} may only run the console's own operations (persisted operations, by id); use an API token from a script for other queries.`, {
    extensions: { code: ErrorCode.PERSISTED_QUERY_REQUIRED },
  });

/**
 * The text to run for one request. A request naming a persisted operation runs the manifest's
 * text (any text it also sent is ignored: the id decides); an id the manifest does not hold is
 * PERSISTED_QUERY_NOT_FOUND. Text without an id passes when the mode lets this caller send
 * text, or when it is exactly a manifest entry; otherwise PERSISTED_QUERY_REQUIRED. Whatever
 * is chosen still goes through the query limits with the request's variables.
 */
export function resolveOperation(ops: PersistedOperations, request: OperationRequest, fromBrowser: boolean): Resolved | { query: undefined } {
  const hash = requestedHash(request);
  if (hash !== undefined) {
    const text = ops.byHash.get(hash);
    return text === undefined ? { error: persistedQueryNotFound(hash) } : { query: text };
  }
  if (typeof request.query !== 'string') return { query: undefined }; // no operation: Apollo Server answers that
  const limited = ops.mode === 'all' || (ops.mode === 'browsers' && fromBrowser);
  if (!limited || ops.byHash.get(sha256Hex(request.query)) === request.query) return { query: request.query };
  return { error: persistedQueryRequired(ops.mode === 'all' ? 'Every client of this gateway' : 'A browser') };
}
