/**
 * What every browser test needs: where the running product is (`scripts/start.ts --test`, or
 * MERIDIAN_CONSOLE_URL / NEXT_PUBLIC_MERIDIAN_API), Debian's Chromium launched once the console
 * answers, sign-in through the login form, and calls to the API as a given token.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type WebSocketRoute } from 'playwright-core';

export const CONSOLE = (process.env.MERIDIAN_CONSOLE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
export const API = process.env.NEXT_PUBLIC_MERIDIAN_API ?? 'http://127.0.0.1:4000/graphql';
export const CHROMIUM = process.env.MERIDIAN_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** The seeded platform admin (`--test` skips the first-run password change). */
export const ADMIN = { username: 'admin', password: 'Meridian@2026' };
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type Answer<T> = { status: number; data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[] };

async function reachable(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(3000) }).then((r) => r.status < 500, () => false);
}

/** Chromium, once the console answers (it may still be starting); fails loudly when it never does. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  let up = false;
  for (let i = 0; i < 30 && !up; i++) {
    up = await reachable(`${CONSOLE}/login`);
    if (!up) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(up, `the console is not running at ${CONSOLE}: start the product first (npx tsx scripts/start.ts --test)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A fresh context and its page: 1360×860 and an English browser unless `options` say otherwise.
 * With `language` the console's own choice (localStorage `meridian.locale`) is set before the first
 * page loads, instead of following the browser's.
 */
export async function freshPage(browser: Browser, options: BrowserContextOptions = {}, language?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en', ...options });
  if (language) await context.addInitScript((l) => localStorage.setItem('meridian.locale', l), language);
  return { context, page: await context.newPage() };
}

/** Screenshots a failing page to `FAILED-<name>.png` (to see why), then closes its context. */
export async function finish(context: BrowserContext, page: Page, name: string, failed: boolean): Promise<void> {
  if (failed) await page.screenshot({ path: `${SHOTS}FAILED-${name}.png` }).catch(() => {});
  await context.close();
}

/** Signs in through the login form (and leaves the page wherever the console goes next). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${CONSOLE}/login`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
}

/** The browser's session token, to call the API as the signed-in user. */
export async function sessionToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('meridian.session') ?? 'null')?.token as string | undefined);
  assert.ok(token, 'no session token in the browser');
  return token;
}

/** One GraphQL call as `token` (null: anonymous), as a script would make it. */
export async function call<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const res = await fetch(API, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as Omit<Answer<T>, 'status'>) };
}

/** The data of a call that must succeed. */
export async function must<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const out = await call<T>(token, query, variables);
  assert.ok(out.data && !out.errors?.length, `API error: ${JSON.stringify(out.errors)}`);
  return out.data;
}

/** A signed-in token for `user` through the API's login. */
export async function loginToken(user: { username: string; password: string }): Promise<string> {
  return (await must<{ login: { token: string } }>(null, 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', { u: user.username, p: user.password })).login.token;
}

/** Waits until `check` holds (the lab is real: things take their time). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Routes every GraphQL WebSocket of `page` through the test (call before the page opens one), so
 * that it can `cut` the console's network to the API's socket and keep it cut (new attempts are
 * closed at once), then `restore` it; `isCut` says which.
 */
export async function cuttableSockets(page: Page): Promise<{ cut(): Promise<void>; restore(): void; isCut(): boolean }> {
  const sockets: WebSocketRoute[] = [];
  let blocked = false;
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (blocked) {
      void ws.close({ code: 1013, reason: 'test keeps the network down' });
      return;
    }
    ws.connectToServer();
    sockets.push(ws);
  });
  return {
    async cut() {
      blocked = true;
      await Promise.all(sockets.splice(0).map((ws) => ws.close({ code: 1001, reason: 'test drops the socket' })));
    },
    restore() {
      blocked = false;
    },
    isCut: () => blocked,
  };
}
