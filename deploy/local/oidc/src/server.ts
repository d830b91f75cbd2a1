/**
 * The lab's OpenID provider: panva's oidc-provider with one confidential client (`meridian`),
 * the accounts of users.json (their groups as a `groups` claim) and a plain HTML sign-in page
 * that a test can fill in with fetch or Chromium. Authorization code with PKCE (S256) only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import Provider, { type Configuration, type JWK } from 'oidc-provider';

export interface OidcAccount {
  sub: string;
  username: string;
  password: string;
  name: string;
  email: string;
  groups: string[];
}

export interface OidcServerOptions {
  port: number;
  clientId: string;
  clientSecret: string;
  /** Keys for signing the provider's cookies (newest first). */
  cookieKeys: string[];
  /** The private RS256 key ID tokens are signed with. */
  signingKey: JWK;
  accounts: OidcAccount[];
}

const SCOPES = 'openid profile email groups';
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function loginPage(uid: string, clientId: string, problem?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meridian lab IdP: sign in</title></head>
<body>
<h1>Meridian lab identity provider</h1>
<p>Sign in to continue to <b>${escapeHtml(clientId)}</b>.</p>
${problem ? `<p role="alert" id="problem">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
  <label>Username <input name="username" id="username" required></label>
  <label>Password <input name="password" id="password" type="password" required></label>
  <button type="submit" id="sign-in">Sign in</button>
</form>
</body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 16_384) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function configuration(opts: OidcServerOptions): Configuration {
  const byId = new Map(opts.accounts.map((a) => [a.sub, a]));
  return {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        // native: any loopback port of these URIs is accepted (RFC 8252), one per console or test.
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/login/oidc/callback', 'http://localhost/login/oidc/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        scope: SCOPES,
      },
    ],
    cookies: { keys: opts.cookieKeys },
    jwks: { keys: [opts.signingKey] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email', 'email_verified'], groups: ['groups'] },
    scopes: SCOPES.split(' '),
    pkce: { required: () => true },
    // Seconds: codes are short-lived; a lab session lasts a working day.
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Grant: 43_200, Session: 43_200 },
    // The ID token carries the scopes' claims (groups included), as most company IdPs can be told to.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const a = byId.get(sub);
      if (!a) return undefined;
      return {
        accountId: a.sub,
        claims: async () => ({ sub: a.sub, name: a.name, preferred_username: a.username, email: a.email, email_verified: true, groups: a.groups }),
      };
    },
  };
}

export async function startOidcServer(opts: OidcServerOptions): Promise<{ url: string; server: Server; stop: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${opts.port}`;
  const provider = new Provider(issuer, configuration(opts));
  const byUsername = new Map(opts.accounts.map((a) => [a.username, a]));
  const providerHandler = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const clientId = String(details.params.client_id ?? '');
    const html = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    // A first-party client: consent to what it asks is implied (native clients are asked every time).
    if (details.prompt.name === 'consent') {
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session!.accountId, clientId });
      if (!grant) throw new Error('grant not found');
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      const claims = (details.prompt.details.missingOIDCClaims as string[] | undefined) ?? [];
      if (claims.length) grant.addOIDCClaims(claims);
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
      return;
    }
    if (req.method === 'GET' && !action) return html(200, loginPage(uid, clientId));
    if (req.method === 'POST' && action === 'login') {
      const form = await formBody(req);
      const account = byUsername.get(form.get('username') ?? '');
      if (!account || !sameSecret(account.password, form.get('password') ?? '')) return html(401, loginPage(uid, clientId, 'Wrong username or password.'));
      await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
      return;
    }
    html(404, 'not found');
  }

  const server = createServer((req, res) => {
    const m = /^\/interaction\/([\w-]+)(?:\/(\w+))?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!m) return providerHandler(req, res);
    interaction(req, res, m[1], m[2]).catch((err: Error) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`sign-in failed: ${err.message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return { url: issuer, server, stop: () => new Promise((r) => server.close(() => r())) };
}
