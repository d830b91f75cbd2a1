import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { ANONYMOUS, CLIENT_ADDRESS_HEADER, IDENTITY_HEADER, config, signClientAddress, signIdentity, type Identity } from '@meridian/core';
import { ACCOUNT_PER_MINUTE, PAIR_FREE } from '../src/sources/login-throttle.ts';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startTenancy('throttle');
});
afterAll(async () => {
  await h?.stop();
});

type Answer = { status: number; data?: { login?: { token: string; mustChangePassword: boolean } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A login as the gateway forwards it: anonymous identity and the client's signed address. */
async function loginFrom(address: string | null, username: string, password: string, key = config.internalKey): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, config.internalKey) };
  if (address) headers[CLIENT_ADDRESS_HEADER] = await signClientAddress(address, key);
  const res = await fetch(h.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token mustChangePassword } }', variables: { u: username, p: password } }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const code = (a: Answer) => a.errors?.[0]?.extensions?.code;
/** Full password checks made for a user: every recorded attempt (throttled ones are not recorded). */
const checks = (userId: string) => h.prisma.loginAttempt.count({ where: { userId } });
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${suffix()}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('sign-in throttling', () => {
  it('50 concurrent wrong passwords from one address get at most the free allowance of checks', async () => {
    const u = await h.makeUser(`burst-${suffix()}`);
    const from = address();
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 50 }, () => loginFrom(from, u.username, 'wrong-password-1')));
    const elapsedS = (Date.now() - started) / 1000;
    const limited = answers.filter((a) => code(a) === 'RATE_LIMITED');
    const failed = answers.filter((a) => code(a) === 'UNAUTHENTICATED');
    expect(failed.length + limited.length).toBe(50);
    expect(await checks(u.id)).toBe(failed.length);
    // The free attempts, plus one more per wait (1 s, 2 s, 4 s …) that had passed before the
    // burst ended: on a slow machine a burst can outlast the first wait, and that attempt is
    // allowed by design. Waits of 2^0 + … + 2^(k-1) = 2^k - 1 s fit in the burst.
    const waitsElapsed = Math.floor(Math.log2(elapsedS + 1));
    console.log(`burst of 50 took ${elapsedS.toFixed(2)} s: ${failed.length} checks (free ${PAIR_FREE}, waits elapsed ${waitsElapsed})`);
    expect(failed.length).toBeLessThanOrEqual(PAIR_FREE + waitsElapsed);
    expect(limited.length).toBeGreaterThanOrEqual(50 - PAIR_FREE - waitsElapsed);
    for (const a of limited) expect(a.errors![0].extensions!.retryAfter).toBeGreaterThanOrEqual(1);
  });

  it('50 concurrent wrong passwords from 50 addresses stay under the per-account ceiling', async () => {
    const u = await h.makeUser(`spread-${suffix()}`);
    const answers = await Promise.all(Array.from({ length: 50 }, () => loginFrom(address(), u.username, 'wrong-password-2')));
    const failed = answers.filter((a) => code(a) === 'UNAUTHENTICATED').length;
    expect(await checks(u.id)).toBe(failed);
    expect(failed).toBeLessThanOrEqual(ACCOUNT_PER_MINUTE);
    expect(answers.filter((a) => code(a) === 'RATE_LIMITED').length).toBe(50 - failed);
  });

  it('the owner signs in from another address while an attacker keeps guessing (admin included)', async () => {
    const admin = await h.makeUser(`admin-${suffix()}`, 'platform-admin');
    const attacker = address();
    const owner = address();
    const attack = (async () => {
      for (let i = 0; i < 30; i++) await loginFrom(attacker, admin.username, `guess-${i}`);
    })();
    await sleep(100);
    const mine = await loginFrom(owner, admin.username, admin.password);
    await attack;
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.login?.token).toBeTruthy();
    // The attacker, even with the right password, is refused while a wait is in force. A wait
    // in force now may run out any moment on a slow machine (CI 2026-11-30 17:20): the attacker
    // waits it out, and the next wrong guess is checked and starts a longer one, in which the
    // right password comes at once.
    for (let i = 0; i < 5; i++) {
      const guess = await loginFrom(attacker, admin.username, `guess-more-${i}`);
      if (code(guess) !== 'RATE_LIMITED') break;
      await sleep(Number(guess.errors![0].extensions!.retryAfter) * 1000 + 100);
    }
    expect(code(await loginFrom(attacker, admin.username, admin.password))).toBe('RATE_LIMITED');
    // …and after the attack, still.
    const again = await loginFrom(owner, admin.username, admin.password);
    expect(again.data?.login?.token).toBeTruthy();
  });

  it('attempts while throttled extend nothing: waiting retryAfter is enough', async () => {
    const u = await h.makeUser(`patient-${suffix()}`);
    const from = address();
    for (let i = 0; i < PAIR_FREE; i++) expect(code(await loginFrom(from, u.username, `nope-${i}`))).toBe('UNAUTHENTICATED');
    let retryAfter = 0;
    for (let i = 0; i < 20; i++) {
      const a = await loginFrom(from, u.username, `still-nope-${i}`);
      expect(code(a)).toBe('RATE_LIMITED');
      retryAfter = a.errors![0].extensions!.retryAfter as number;
      expect(retryAfter).toBeLessThanOrEqual(1);
    }
    expect(await checks(u.id)).toBe(PAIR_FREE);
    await sleep(retryAfter * 1000 + 100);
    const ok = await loginFrom(from, u.username, u.password);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.login?.token).toBeTruthy();
    // A success clears the pair's delays: the next mistake is checked at once.
    expect(code(await loginFrom(from, u.username, 'typo'))).toBe('UNAUTHENTICATED');
  });

  it('`Alice`, ` alice` and full-width ａｌｉｃｅ are one account with one budget', async () => {
    const name = `alice-${suffix()}`;
    const u = await h.makeUser(name);
    const from = address();
    const forms = [name.toUpperCase(), ` ${name}`, `${name} `, name.replace('alice', 'ＡＬＩＣＥ'), name];
    for (const [i, f] of forms.slice(0, PAIR_FREE).entries()) expect(code(await loginFrom(from, f, `bad-${i}`))).toBe('UNAUTHENTICATED');
    for (const f of forms) expect(code(await loginFrom(from, f, u.password))).toBe('RATE_LIMITED');
    const attempts = await h.prisma.loginAttempt.findMany({ where: { userId: u.id } });
    expect(new Set(attempts.map((a) => a.username))).toEqual(new Set([name]));
    const other = await loginFrom(address(), ` ${name.toUpperCase()} `, u.password);
    expect(other.data?.login?.token).toBeTruthy();
  });

  it('an address signed with another key is not believed (the caller counts as unknown)', async () => {
    const u = await h.makeUser(`forged-${suffix()}`);
    const forged = await loginFrom('203.0.113.9', u.username, 'wrong', 'not-the-internal-key-at-all-not-the-internal-key');
    expect(code(forged)).toBe('UNAUTHENTICATED');
    const row = await h.prisma.loginAttempt.findFirstOrThrow({ where: { userId: u.id } });
    expect(row.remoteAddress).toBeNull();
    const real = await loginFrom('203.0.113.10', u.username, 'wrong');
    expect(code(real)).toBe('UNAUTHENTICATED');
    expect(await h.prisma.loginAttempt.count({ where: { userId: u.id, remoteAddress: '203.0.113.10' } })).toBe(1);
  });
});

describe('first-run password', () => {
  it('must be changed before anything but changePassword, logout, me and signing in works', async () => {
    const u = await h.makeUser(`first-${suffix()}`, 'platform-admin');
    await h.prisma.user.update({ where: { id: u.id }, data: { mustChangePassword: true } });
    const login = await loginFrom(address(), u.username, u.password);
    expect(login.data?.login?.mustChangePassword).toBe(true);
    const { body } = await h.identityOf(login.data!.login!.token);
    const id = body as Identity;
    expect(id.mustChangePassword).toBe(true);
    const me = await h.call<{ me: { username: string; mustChangePassword: boolean } }>('{ me { username mustChangePassword } }', {}, id);
    expect(me.data?.me).toEqual({ username: u.username, mustChangePassword: true });
    expect(codes(await h.call('{ workspaces { totalCount } }', {}, id))).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    expect(codes(await h.call('{ me { username } workspaces { totalCount } }', {}, id))).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    expect(codes(await h.call('mutation { createWorkspace(input: { name: "x-first" }) { name } }', {}, id))).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    const changed = await h.call('mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }', { o: u.password, n: 'brand-new-pw-42' }, id);
    expect(changed.errors).toBeUndefined();
    // The console signs in again with the new password while it still sends the first-run session.
    const again = await h.call<{ login: { mustChangePassword: boolean } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }', { u: u.username, p: 'brand-new-pw-42' }, id);
    expect(again.errors).toBeUndefined();
    expect(again.data?.login.mustChangePassword).toBe(false);
    const fresh = await h.signIn(u.username, 'brand-new-pw-42');
    expect(fresh.mustChangePassword).toBeUndefined();
    const ws = await h.call('{ workspaces { totalCount } }', {}, fresh);
    expect(ws.errors).toBeUndefined();
  });
});

describe('successful sign-ins', () => {
  it('use up no budget: many people behind one address sign in all day', async () => {
    const from = address();
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => h.makeUser(`nat-${i}-${suffix()}`)));
    for (let round = 0; round < 6; round++) {
      for (const p of people) expect((await loginFrom(from, p.username, p.password)).data?.login?.token).toBeTruthy();
    }
    // 48 sign-ins from one address and 6 a person: the spray and account budgets are untouched.
    const u = people[0];
    for (let i = 0; i < PAIR_FREE; i++) expect(code(await loginFrom(from, u.username, `wrong-${i}`))).toBe('UNAUTHENTICATED');
  });
});

describe('password spraying', () => {
  it('one address guessing at many accounts is slowed after its failures', async () => {
    const { ADDRESS_FREE } = await import('../src/sources/login-throttle.ts');
    const from = address();
    const targets = await Promise.all(Array.from({ length: 8 }, (_, i) => h.makeUser(`spray-${i}-${suffix()}`)));
    const answers: Answer[] = [];
    for (let i = 0; i < ADDRESS_FREE + 3; i++) answers.push(await loginFrom(from, targets[i % targets.length].username, `spray-${i}`));
    expect(answers.slice(0, ADDRESS_FREE).map(code).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(answers.slice(ADDRESS_FREE + 1).map(code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Another address is not affected.
    expect((await loginFrom(address(), targets[0].username, targets[0].password)).data?.login?.token).toBeTruthy();
  });
});
