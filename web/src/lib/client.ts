import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { API_URL, WS_URL } from '@/lib/config.ts';
import { endSession } from '@/lib/session.ts';
import { hasCode } from '@/lib/errors.ts';
import { createSocketStatus, type SocketStatus } from '@/lib/connection.ts';

export interface ApiClient {
  urql: Client;
  socket: SocketStatus;
  /** Closes the WebSocket; called when the token changes so no socket outlives its session. */
  dispose: () => void;
}

/**
 * One urql client per session token. Queries and mutations go over HTTP, subscriptions over a
 * lazily opened graphql-ws socket that carries the same token in connection_init.
 */
export function createApiClient(token: string | null): ApiClient {
  const authorization = token ? `Bearer ${token}` : undefined;
  const socket = createSocketStatus();

  const ws: WsClient = createWsClient({
    url: WS_URL,
    lazy: true,
    connectionParams: () => (authorization ? { authorization } : {}),
    // Reconnect after network blips. 4401 (the session ended) is not retried: it signs out.
    // 4403 (the user's grants shrank) is retried: the new socket resubscribes under what the
    // user may now see, and the session stays (another admin removing one membership must not
    // sign the user out of the console). A console stays open for hours: keep reconnecting,
    // backing off to at most ~10 s.
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** retries) + Math.random() * 500)),
    shouldRetry: (event) => !(isCloseEvent(event) && event.code === 4401),
    on: {
      connecting: () => socket.set('connecting'),
      connected: () => socket.set('connected'),
      closed: (event) => {
        socket.set('closed');
        if (isCloseEvent(event) && event.code === 4401 && token) endSession();
      },
    },
  });

  const urql = new Client({
    url: API_URL,
    // POST every operation: urql would send short queries as GET, which Apollo's CSRF guard
    // rejects (no JSON content-type), and bearer-token requests are preflighted anyway.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ headers: authorization ? { authorization } : {} }),
    // The session token is a header, not a cookie: no credentials, and CORS stays simple.
    exchanges: [
      mapExchange({
        onResult(result) {
          // The token expired or was revoked: end the session once; the auth gate sends the
          // user to the login page. Anonymous requests (the login itself) never end anything.
          const status = (result.error?.response as Response | undefined)?.status;
          if (token && (status === 401 || hasCode(result.error, 'UNAUTHENTICATED'))) endSession();
        },
      }),
      cacheExchange,
      // Every operation is sent as its build-time hash only (web/src/gql/persisted-documents.json,
      // which the gateway loads): a browser may run the console's own operations and no others.
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        enableForSubscriptions: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => persistedHash(document),
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return { urql, socket, dispose: () => void ws.dispose() };
}

/** The SHA-256 that codegen put on each document (`__meta__.hash`, "sha256:<hex>"), as Apollo's sha256Hash. */
function persistedHash(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : '';
}

function isCloseEvent(e: unknown): e is { code: number } {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'number';
}
