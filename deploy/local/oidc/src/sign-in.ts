/**
 * Signs a person in at the lab's OpenID provider the way a browser would, with fetch and a
 * cookie jar: follow the authorization URL to the sign-in page, post the form, follow the
 * redirects until the provider sends the browser to the client's redirect URI. Answers that
 * final URL (with code and state) without requesting it: it is the console's callback page.
 */
export async function signInAtLabIdp(authorizationUrl: string, username: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const issuerOrigin = new URL(authorizationUrl).origin;
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

  async function step(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
    return res;
  }

  let url = authorizationUrl;
  for (let hops = 0; hops < 10; hops++) {
    const res = await step(url);
    await res.arrayBuffer();
    if (res.status === 200 && new URL(url).pathname.startsWith('/interaction/')) {
      const post = await step(`${url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username, password }).toString(),
      });
      const body = await post.text();
      if (post.status < 300 || post.status >= 400) throw new Error(`the lab IdP refused the sign-in (${post.status}): ${body.slice(0, 200)}`);
      url = new URL(post.headers.get('location')!, issuerOrigin).href;
      continue;
    }
    if (res.status < 300 || res.status >= 400) throw new Error(`the lab IdP answered ${res.status} at ${url}`);
    const next = new URL(res.headers.get('location')!, url);
    if (next.origin !== issuerOrigin) return next.href;
    url = next.href;
  }
  throw new Error('the lab IdP redirected too many times');
}
