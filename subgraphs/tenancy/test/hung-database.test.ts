/**
 * A database that hangs must not hang tenancy: with the pool's timeouts (createPrisma), the
 * fields that need Postgres fail with UPSTREAM_UNAVAILABLE (dependency Postgres) once the
 * timeout passes, and the subgraph keeps answering.
 *
 * Two kinds of hung server, both real TCP servers on loopback: one accepts connections and never
 * says a word (the connect timeout fires), one completes the startup handshake and then never
 * answers a query (the client's query timeout fires; the server is too hung to enforce its own
 * statement_timeout).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '@meridian/core';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { unreachableKubeconfig } from '@meridian/core/kube/testing';
import { start } from '../src/index.ts';

// Short timeouts so the test does not wait 5 s + 17 s; read by createPrisma when tenancy starts.
process.env.MERIDIAN_DB_CONNECT_TIMEOUT_MS = '1000';
process.env.MERIDIAN_DB_STATEMENT_TIMEOUT_MS = '1000';
process.env.MERIDIAN_DB_QUERY_TIMEOUT_MS = '1500';

const AUTHENTICATION_OK_READY = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49]);

/** A TCP server on a free loopback port; `greet` answers the first bytes of each connection, or nothing. */
async function hungServer(greet?: Buffer): Promise<{ url: string; connections: () => number; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    if (greet) socket.once('data', () => socket.write(greet));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgres://postgres:x@127.0.0.1:${port}/postgres?sslmode=disable`,
    connections: () => sockets.size,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

const deadKubeconfig = unreachableKubeconfig();

const admin = userIdentity('hung-admin', { platformRole: 'platform-admin' });
const WORKSPACES = '{ workspaces(first: 5) { totalCount edges { node { name } } } }';
const USERS = '{ users(first: 5) { edges { node { username } } } }';

for (const kind of ['never answers a connection', 'answers the handshake, then never a query'] as const) {
  describe(`a database that ${kind}`, () => {
    let db: Awaited<ReturnType<typeof hungServer>>;
    let tenancy: RunningSubgraph;
    beforeAll(async () => {
      db = await hungServer(kind === 'never answers a connection' ? undefined : AUTHENTICATION_OK_READY);
      tenancy = await start({ port: 0, databaseUrl: db.url, kubeconfig: deadKubeconfig, ldap: false });
    });
    afterAll(async () => {
      await tenancy?.stop();
      db?.close();
    });

    // The vitest timeout (20 s) only catches a hang; the pool's timeouts above are 1-1.5 s.
    it('workspaces and users fail with UPSTREAM_UNAVAILABLE (Postgres) instead of hanging', { timeout: 20_000 }, async () => {
      for (const query of [WORKSPACES, USERS]) {
        const t = Date.now();
        const res = await callSubgraph(tenancy.url, query, {}, admin);
        console.log(`${kind}: ${query.slice(2, 10)} answered in ${Date.now() - t} ms`);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
        expect(res.errors?.[0].extensions?.dependency).toBe('Postgres');
        expect(res.errors?.[0].message).toMatch(/^Postgres is unavailable right now: .*(timeout|terminated)/i);
      }
      expect(db.connections()).toBeGreaterThan(0); // the pool did reach the hung server
    });

    it('keeps answering: the next request fails the same way, not stuck behind the first', { timeout: 20_000 }, async () => {
      const answers = await Promise.all([1, 2, 3].map(() => callSubgraph(tenancy.url, WORKSPACES, {}, admin)));
      for (const res of answers) expect(res.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    });
  });
}
