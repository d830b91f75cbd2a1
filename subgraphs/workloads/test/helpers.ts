import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { config, IDENTITY_HEADER, signIdentity, type Identity } from '@meridian/core';
import { callSubgraph } from '@meridian/core/testing';

export type Gql = <T = Record<string, unknown>>(
  identity: Identity | null,
  query: string,
  variables?: Record<string, unknown>,
) => ReturnType<typeof callSubgraph<T>>;

export const gqlAt = (url: string): Gql => (identity, query, variables = {}) => callSubgraph(url, query, variables, identity);

/** A graphql-ws client that connects as the gateway does, with a signed identity. */
export function wsClient(url: string, identity: Identity): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: async () => ({ [IDENTITY_HEADER]: await signIdentity(identity, config.internalKey) }),
    retryAttempts: 0,
  });
}

export const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);
