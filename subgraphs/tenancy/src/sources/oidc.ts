import * as client from 'openid-client';
import { badInput, unauthenticated, upstreamUnavailable, type Logger } from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';

/**
 * Single sign-on through an OpenID provider (authorization code + PKCE), with openid-client as
 * the relying party. `begin` keeps the state, nonce and PKCE verifier server-side (table
 * oidc_logins, minutes, one use) and answers the provider's URL; `complete` takes the URL the
 * provider sent the browser back to, exchanges the code, verifies the ID token (signature,
 * issuer, audience, nonce) and answers who signed in with their groups.
 */

export interface OidcOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the login page: "Sign in with <displayName>". */
  displayName: string;
  /** Callback URLs the console may ask to come back to (exact match, origin + path). */
  redirectUris: string[];
  /** Default "openid profile email groups". */
  scopes?: string;
  /** The claim holding the person's groups (default "groups"). */
  groupsClaim?: string;
  /** How long a sign-in may take at the provider (default 10 min). */
  loginTtlMs?: number;
}

export interface OidcPerson {
  /** "<issuer> <subject>": the one stable key of the person at the provider. */
  externalId: string;
  username: string;
  email: string | null;
  displayName: string;
  groups: string[];
}

/** The console's callback page path; a redirect URI is a console origin + this. */
export const OIDC_CALLBACK_PATH = '/login/oidc/callback';
export const OIDC_PROVIDER_ID = 'oidc';

/**
 * The provider from MERIDIAN_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _NAME, _REDIRECT_URIS
 * (comma-separated; default: each of MERIDIAN_CONSOLE_ORIGINS or MERIDIAN_CONSOLE_URL + the
 * callback path), _SCOPES, _GROUPS_CLAIM; undefined when no issuer is set.
 */
export function oidcOptionsFromEnv(env = process.env): OidcOptions | undefined {
  if (!env.MERIDIAN_OIDC_ISSUER) return undefined;
  const origins = (env.MERIDIAN_CONSOLE_ORIGINS ?? env.MERIDIAN_CONSOLE_URL ?? 'http://127.0.0.1:3000,http://localhost:3000').split(',');
  const list = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  return {
    issuer: env.MERIDIAN_OIDC_ISSUER,
    clientId: env.MERIDIAN_OIDC_CLIENT_ID ?? '',
    clientSecret: env.MERIDIAN_OIDC_CLIENT_SECRET ?? '',
    displayName: env.MERIDIAN_OIDC_NAME || 'single sign-on',
    redirectUris: list(env.MERIDIAN_OIDC_REDIRECT_URIS).length ? list(env.MERIDIAN_OIDC_REDIRECT_URIS) : list(origins.join(',')).map((o) => new URL(OIDC_CALLBACK_PATH, o).href),
    scopes: env.MERIDIAN_OIDC_SCOPES,
    groupsClaim: env.MERIDIAN_OIDC_GROUPS_CLAIM,
  };
}

const stringOf = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const withoutQuery = (u: URL) => `${u.origin}${u.pathname}`;
/** The ID token claim a verification failed on (nonce, aud, iss…), from openid-client's error causes. */
function claimOf(err: unknown): string | undefined {
  for (let e = err as { cause?: unknown; claim?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (typeof e.claim === 'string') return e.claim;
  }
  return undefined;
}

export function createOidcProvider(prisma: PrismaClient, opts: OidcOptions, log?: Logger) {
  const ttl = opts.loginTtlMs ?? 10 * 60_000;
  const scopes = opts.scopes ?? 'openid profile email groups';
  const groupsClaim = opts.groupsClaim ?? 'groups';
  const allowed = new Set(opts.redirectUris.map((u) => withoutQuery(new URL(u))));
  let discovered: Promise<client.Configuration> | undefined;

  /** The provider's metadata, fetched once (again after a failure). */
  function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(new URL(opts.issuer), opts.clientId, opts.clientSecret, undefined, {
        // A lab or intranet provider on plain http (production ones are https).
        ...(opts.issuer.startsWith('http:') ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 5,
      })
      .catch((err) => {
        discovered = undefined;
        throw upstreamUnavailable(opts.displayName, err);
      });
    return discovered;
  }

  return {
    id: OIDC_PROVIDER_ID,
    displayName: opts.displayName,

    /** For /healthz: the provider's discovery document answers. */
    check: async () => void (await configuration()),

    async begin(redirectUri: string): Promise<{ authorizationUrl: string; state: string; expiresAt: Date }> {
      let target: URL;
      try {
        target = new URL(redirectUri);
      } catch {
        throw badInput('redirectUri is not a URL.', 'redirectUri');
      }
      if (target.search || target.hash || !allowed.has(withoutQuery(target))) throw badInput('This redirectUri is not one of the configured console callbacks.', 'redirectUri');
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const expiresAt = new Date(Date.now() + ttl);
      // Old unfinished sign-ins go as new ones start (no timer needed).
      await prisma.oidcLogin.deleteMany({ where: { expiresAt: { lt: new Date() } } });
      await prisma.oidcLogin.create({ data: { state, nonce, codeVerifier, redirectUri: target.href, expiresAt } });
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: target.href,
        scope: scopes,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { authorizationUrl: url.href, state, expiresAt };
    },

    /** The person behind the provider's answer; UNAUTHENTICATED when anything does not check out. */
    async complete(callbackUrl: string): Promise<OidcPerson> {
      let url: URL;
      try {
        url = new URL(callbackUrl);
      } catch {
        throw badInput('callbackUrl is not a URL.', 'callbackUrl');
      }
      const state = url.searchParams.get('state');
      if (!state) throw unauthenticated('Sign-in failed: the answer of the identity provider has no state.');
      // One use: the row goes now, whatever happens next (a replayed answer finds nothing).
      const pending = await prisma.oidcLogin.delete({ where: { state } }).catch(() => null);
      if (!pending || pending.expiresAt.getTime() <= Date.now()) throw unauthenticated('Sign-in failed: it was not started here, took too long or was already used. Start again.');
      if (withoutQuery(url) !== withoutQuery(new URL(pending.redirectUri))) throw unauthenticated('Sign-in failed: the answer came back to another address than the one it was started for.');
      const config = await configuration();
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(config, url, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (err) {
        // The provider refused (access_denied, a used or wrong code) or the ID token did not verify.
        log?.warn({ err: { name: (err as Error).name, message: (err as Error).message, code: (err as { code?: string }).code } }, 'OIDC sign-in refused');
        if (err instanceof client.ResponseBodyError || err instanceof client.AuthorizationResponseError || err instanceof client.ClientError) {
          const claim = claimOf(err);
          throw unauthenticated(`Sign-in with ${opts.displayName} failed: ${(err as Error).message}${typeof claim === 'string' ? ` (${claim})` : ''}.`);
        }
        throw upstreamUnavailable(opts.displayName, err);
      }
      const idClaims = tokens.claims();
      if (!idClaims) throw unauthenticated(`Sign-in with ${opts.displayName} failed: no ID token.`);
      // Userinfo adds what the provider leaves out of the ID token (groups, with some providers).
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub).catch((err) => {
        log?.warn({ err }, 'OIDC userinfo unavailable: using the ID token claims alone');
        return {} as Record<string, unknown>;
      });
      const claims: Record<string, unknown> = { ...info, ...idClaims };
      const rawGroups = Object.hasOwn(claims, groupsClaim) ? claims[groupsClaim] : Object.hasOwn(info, groupsClaim) ? info[groupsClaim] : [];
      const groups = Array.isArray(rawGroups) ? rawGroups.filter((g): g is string => typeof g === 'string') : [];
      const email = stringOf(claims.email) ?? null;
      const username = stringOf(claims.preferred_username) ?? email?.split('@')[0] ?? idClaims.sub;
      return {
        externalId: `${idClaims.iss} ${idClaims.sub}`,
        username,
        email,
        displayName: stringOf(claims.name) ?? username,
        groups: [...new Set(groups)].sort(),
      };
    },
  };
}
export type OidcProvider = ReturnType<typeof createOidcProvider>;
