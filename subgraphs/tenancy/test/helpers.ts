import { randomBytes } from 'node:crypto';
import { ANONYMOUS, IDENTITY_HEADER, config, signIdentity, type Identity, type PlatformRole } from '@meridian/core';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase } from '@meridian/core/db/testing';
import { callSubgraph, type GraphQLResponse } from '@meridian/core/testing';
import { start, type TenancyOptions } from '../src/index.ts';

export const suffix = () => randomBytes(3).toString('hex');

export interface Harness {
  url: string;
  origin: string;
  /** This test's own database. */
  databaseUrl: string;
  prisma: PrismaClient;
  /** A user in this test's database, with a password. */
  makeUser(username: string, platformRole?: PlatformRole): Promise<{ id: string; username: string; password: string }>;
  /** Signs in through the `login` mutation, as the gateway forwards it (anonymous identity). */
  login(username: string, password: string): Promise<string>;
  /** Asks /internal/identity for the token's identity, exactly as the gateway does. */
  identityOf(token: string): Promise<{ status: number; body: unknown }>;
  /** login + identity: the identity the gateway would sign for this user now. */
  signIn(username: string, password: string): Promise<Identity>;
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, identity?: Identity | null): Promise<GraphQLResponse<T> & { status: number }>;
  stop(): Promise<void>;
}

/** Tenancy on port 0 over a fresh, migrated database of its own on the lab's Postgres. */
export async function startTenancy(label: string, opts: Pick<TenancyOptions, 'kubeconfig' | 'ldap' | 'oidc' | 'groupRoles' | 'audit' | 'rbacResyncMs'> = {}): Promise<Harness> {
  const db = await createTestDatabase(`tenancy_${label}`);
  const prisma = createPrisma(db.url, { maxConnections: 2 });
  const running = await start({ port: 0, databaseUrl: db.url, ...opts, ldap: opts.ldap ?? false, oidc: opts.oidc ?? false });
  const origin = new URL(running.url).origin;

  const h: Harness = {
    url: running.url,
    origin,
    databaseUrl: db.url,
    prisma,
    async makeUser(username, platformRole = 'platform-regular') {
      const password = `pw-${randomBytes(6).toString('hex')}`;
      const user = await prisma.user.create({
        data: { username, email: `${username}@example.test`, displayName: username, passwordHash: await hashPassword(password), platformRole },
      });
      return { id: user.id, username, password };
    },
    async login(username, password) {
      const res = await callSubgraph<{ login: { token: string } }>(
        running.url,
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
        ANONYMOUS,
      );
      if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async identityOf(token) {
      const res = await fetch(`${origin}/internal/identity`, {
        headers: { authorization: `Bearer ${token}`, [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, config.internalKey) },
      });
      return { status: res.status, body: await res.json() };
    },
    async signIn(username, password) {
      const { status, body } = await h.identityOf(await h.login(username, password));
      if (status !== 200) throw new Error(`identity lookup answered ${status}: ${JSON.stringify(body)}`);
      return body as Identity;
    },
    call: (query, variables = {}, identity = null) => callSubgraph(running.url, query, variables, identity),
    async stop() {
      await running.stop();
      await prisma.$disconnect();
      await db.drop();
    },
  };
  return h;
}

export const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
