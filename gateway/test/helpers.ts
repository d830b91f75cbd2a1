import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** Response JSON as tests read it: deep paths into data whose shape each test asserts itself. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface GqlResult {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, Json> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, Json> }[];
  };
}

/** POSTs an operation to the gateway like the console does. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

export async function login(url: string, username: string): Promise<string> {
  const res = await gql(url, 'mutation($u: String!) { login(username: $u) }', { u: username });
  const token = res.body.data?.login;
  if (typeof token !== 'string') throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return token;
}

/**
 * A graphql-ws client for the gateway that reports how its (first) socket closed. Lazy by
 * default (connects on the first operation, closes after the last); `keepOpen` holds one socket.
 */
export function wsClient(wsUrl: string, token?: string, { keepOpen = false } = {}) {
  let closed: { code: number; reason: string } | null = null;
  let onClosed: (() => void) | null = null;
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: !keepOpen,
    onNonLazyError: () => undefined, // the test reads closed() instead
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closed ??= { code: e.code, reason: String(e.reason) };
        onClosed?.();
      },
    },
  });
  return {
    client,
    closed: () => closed,
    waitClosed: (ms = 5_000) =>
      new Promise<{ code: number; reason: string }>((resolve, reject) => {
        if (closed) return resolve(closed);
        const t = setTimeout(() => reject(new Error('socket did not close')), ms);
        onClosed = () => {
          clearTimeout(t);
          resolve(closed!);
        };
      }),
  };
}

export interface Recorded {
  events: Json[];
  error: unknown;
  completed: boolean;
  unsubscribe: () => void;
  /** Resolves when `n` events arrived, the subscription errored, or it completed. */
  until: (n: number, ms?: number) => Promise<void>;
}

/** Subscribes and records everything that arrives. */
export function record(client: Client, query: string, variables: Record<string, unknown> = {}): Recorded {
  let notify: () => void = () => undefined;
  const rec: Recorded = {
    events: [],
    error: undefined,
    completed: false,
    unsubscribe: () => undefined,
    until: (n, ms = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (rec.events.length >= n || rec.error !== undefined || rec.completed) {
            clearTimeout(t);
            resolve();
            return true;
          }
          return false;
        };
        const t = setTimeout(() => reject(new Error(`timed out with ${rec.events.length}/${n} events`)), ms);
        if (!check()) notify = () => void check();
      }),
  };
  rec.unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (v) => {
        rec.events.push(v);
        notify();
      },
      error: (e) => {
        rec.error = e;
        notify();
      },
      complete: () => {
        rec.completed = true;
        notify();
      },
    },
  );
  return rec;
}

export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fixture stack for one describe block: started before its tests, stopped after them. */
export function useFixtureStack(): () => FixtureStack {
  let stack: FixtureStack | undefined;
  beforeAll(async () => {
    stack = await startFixtureStack();
  });
  afterAll(async () => stack?.stop());
  return () => {
    if (!stack) throw new Error('the fixture stack is not started yet (use it inside a test or hook)');
    return stack;
  };
}

/** What a test over the real subgraphs and the lab starts; `stopLabStack` ends it in reverse. */
export interface LabStack {
  gateway?: { stop(): Promise<void> };
  subgraphs: { stop(): Promise<void> }[];
  prisma?: { $disconnect(): Promise<void> };
  db?: { drop(): Promise<void> };
}

export async function stopLabStack({ gateway, subgraphs, prisma, db }: LabStack): Promise<void> {
  await gateway?.stop();
  await Promise.all(subgraphs.map((s) => s.stop()));
  await prisma?.$disconnect();
  await db?.drop();
}
