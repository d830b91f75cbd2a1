/**
 * The lab's OpenID provider: discovery names its issuer, PKCE S256 and the groups claim; an
 * authorization request without PKCE or for a foreign redirect URI is refused; the sign-in page
 * leads back to a loopback callback on any port with a code; the code gives an ID token signed
 * with the lab's key whose `groups` claim is the account's groups; the client secret and keys
 * live in the lab state (owner-only), not in the source. Needs `npx tsx deploy/local/lab.ts up --only oidc`.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LAB_STATE, labEndpoints } from '../lib/endpoints.ts';
import { signInAtLabIdp } from '../oidc/src/sign-in.ts';

const eps = labEndpoints('oidc');
const REDIRECT = `http://127.0.0.1:${20000 + Math.floor(Math.random() * 20000)}${eps.redirectPath}`;

function authorizationUrl(params: Record<string, string>): string {
  const url = new URL('/auth', eps.issuer);
  url.search = new URLSearchParams({ client_id: eps.clientId, response_type: 'code', scope: 'openid profile groups', redirect_uri: REDIRECT, state: 'st', nonce: 'nn', ...params }).toString();
  return url.href;
}

test('discovery names the issuer, PKCE S256 and the groups claim', async () => {
  const meta = (await (await fetch(`${eps.issuer}/.well-known/openid-configuration`)).json()) as Record<string, string[] | string>;
  assert.equal(meta.issuer, eps.issuer);
  assert.ok((meta.code_challenge_methods_supported as string[]).includes('S256'));
  assert.ok((meta.claims_supported as string[]).includes('groups'));
  assert.ok((meta.scopes_supported as string[]).includes('groups'));
});

test('without PKCE, or to a redirect URI not registered, no sign-in starts', async () => {
  const noPkce = await fetch(authorizationUrl({}), { redirect: 'manual' });
  const back = new URL(noPkce.headers.get('location') ?? '', eps.issuer);
  assert.equal(back.searchParams.get('error'), 'invalid_request', `answered ${noPkce.status} ${back}`);
  const foreign = await fetch(authorizationUrl({ redirect_uri: 'https://evil.example/login/oidc/callback', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' }), { redirect: 'manual' });
  assert.equal(foreign.status, 400, 'an unregistered redirect URI is an error page, never a redirect');
});

test('the sign-in page gives a code for a loopback callback; the ID token carries the groups, signed with the lab key', async () => {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const callback = new URL(await signInAtLabIdp(authorizationUrl({ code_challenge: challenge, code_challenge_method: 'S256' }), 'oidc-alice', 'alice-oidc-password'));
  assert.equal(`${callback.origin}${callback.pathname}`, REDIRECT);
  assert.equal(callback.searchParams.get('state'), 'st');
  const code = callback.searchParams.get('code')!;
  const basic = Buffer.from(`${eps.clientId}:${eps.clientSecret}`).toString('base64');
  const tokenRes = await fetch(`${eps.issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier }).toString(),
  });
  const tokens = (await tokenRes.json()) as { id_token?: string; error?: string };
  assert.ok(tokens.id_token, JSON.stringify(tokens));
  const [header, payload] = tokens.id_token.split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
  assert.equal(payload.sub, 'oidc-alice');
  assert.equal(payload.nonce, 'nn');
  assert.deepEqual(payload.groups, ['platform-admins']);
  const secrets = JSON.parse(readFileSync(join(LAB_STATE, 'oidc', 'secrets.json'), 'utf8')) as { signingKey: { kid: string } };
  assert.equal(header.kid, secrets.signingKey.kid);
  assert.equal(header.alg, 'RS256');
});

test('the client secret and keys are the lab state (owner-only), not the source', () => {
  const file = join(LAB_STATE, 'oidc', 'secrets.json');
  assert.equal(statSync(file).mode & 0o077, 0, 'secrets.json is readable by its owner only');
  const here = join(import.meta.dirname, '..', 'oidc');
  const sources = readdirSync(here, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  for (const d of sources) assert.ok(!readFileSync(join(d.parentPath, d.name), 'utf8').includes(eps.clientSecret), `${d.name} holds the client secret`);
});
