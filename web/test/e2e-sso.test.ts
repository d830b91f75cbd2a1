/**
 * Single sign-on in Debian's Chromium against the running product (`scripts/start.ts`, which
 * configures the lab's OpenID provider and deploy/local/oidc/group-role-mappings.json): the login
 * page offers "Sign in with Meridian lab IdP"; oidc-bob signs in at the provider's page and lands
 * in the console with the roles his group `team-dev` maps to (demo: workspace-regular,
 * demo-project: operator); My account → Sessions marks this session; a callback the tab did not
 * start is refused; the admin maps team-dev to a platform role on the Group mappings page and
 * bob's next sign-in has it.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const CONSOLE = (process.env.MERIDIAN_CONSOLE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const API = process.env.NEXT_PUBLIC_MERIDIAN_API ?? 'http://127.0.0.1:4000/graphql';
const CHROMIUM = process.env.MERIDIAN_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

let browser: Browser;

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3000) })).status < 500;
  } catch {
    return false;
  }
}

async function asUser(token: string, query: string) {
  const res = await fetch(API, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/** Clicks "Sign in with …" on the console's login page and signs in at the lab IdP's page; answers the session token. */
async function signInWithIdp(page: Page, username: string, password: string): Promise<string> {
  await page.goto(`${CONSOLE}/login`);
  await page.getByTestId('sso-oidc').click();
  await page.waitForURL(/127\.0\.0\.1:9400\/interaction\//, { timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#sign-in');
  // Back through the console's callback page into the console.
  await page.waitForURL((url) => url.origin === new URL(CONSOLE).origin && !url.pathname.startsWith('/login'), { timeout: 30_000 });
  return sessionOf(page).then((s) => s.token);
}

async function sessionOf(page: Page): Promise<{ token: string; user: { username: string } }> {
  return JSON.parse((await page.evaluate(() => window.localStorage.getItem('meridian.session'))) ?? '{}');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  let up = false;
  for (let i = 0; i < 30 && !up; i++) {
    up = await reachable(`${CONSOLE}/login`);
    if (!up) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(up, `the console is not running at ${CONSOLE}: start the product first (npx tsx scripts/start.ts)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});

afterAll(async () => {
  await browser?.close();
});

test('"Sign in with Meridian lab IdP": oidc-bob signs in at the provider and gets his group\'s roles; Sessions marks this one', async () => {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en' });
  const page = await context.newPage();
  try {
    await page.goto(`${CONSOLE}/login`);
    const button = page.getByTestId('sso-oidc');
    await button.waitFor({ timeout: 30_000 });
    assert.equal((await button.textContent())?.trim(), 'Sign in with Meridian lab IdP');
    await page.screenshot({ path: `${SHOTS}/sso-login.png` });
    const token = await signInWithIdp(page, 'oidc-bob', 'bob-oidc-password');
    assert.equal((await sessionOf(page)).user.username, 'oidc-bob');
    const roles = await asUser(token, '{ me { username source platformRole } workspace(name: "demo") { viewerRole } project(name: "demo-project") { viewerRole } }');
    assert.deepEqual(roles.data, {
      me: { username: 'oidc-bob', source: 'OIDC', platformRole: 'PLATFORM_REGULAR' },
      workspace: { viewerRole: 'WORKSPACE_REGULAR' },
      project: { viewerRole: 'OPERATOR' },
    });

    await page.goto(`${CONSOLE}/account/sessions`);
    const current = page.locator('[data-testid="session-row"][data-current="true"]');
    await current.waitFor({ timeout: 30_000 });
    assert.match((await current.textContent()) ?? '', /Single sign-on/);
    await page.screenshot({ path: `${SHOTS}/sso-sessions.png` });
  } finally {
    await context.close();
  }
});

test('a callback this tab did not start is refused with a way back', async () => {
  const context = await browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  try {
    await page.goto(`${CONSOLE}/login/oidc/callback?code=forged&state=forged`);
    const error = page.getByTestId('sso-error');
    await error.waitFor({ timeout: 30_000 });
    assert.match((await error.textContent()) ?? '', /not started in this browser tab/);
    assert.equal(await page.evaluate(() => window.localStorage.getItem('meridian.session')), null);
  } finally {
    await context.close();
  }
});

test('the platform admin maps a group on the Group mappings page; the next single sign-on follows it', async () => {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en' });
  const page = await context.newPage();
  let adminToken = '';
  try {
    await page.goto(`${CONSOLE}/login`);
    await page.fill('input[name="username"]', 'admin');
    await page.fill('input[name="password"]', 'Meridian@2026');
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
    adminToken = (await sessionOf(page)).token;

    await page.getByTestId('nav-group-mappings').click();
    await page.getByTestId('mapping-table').waitFor({ timeout: 30_000 });
    const fileRow = page.locator('[data-testid="mapping-row"][data-group="platform-admins"]');
    assert.match((await fileRow.textContent()) ?? '', /platform role platform-admin.*mappings file/);

    await page.getByTestId('mapping-add').click();
    await page.fill('[data-testid="mapping-group"]', 'team-dev');
    await page.selectOption('select[name="source"]', 'OIDC');
    await page.selectOption('[data-testid="mapping-kind"]', 'platform');
    await page.fill('[data-testid="mapping-role"]', 'platform-self-provisioner');
    await page.click('form.modal button[type="submit"]');
    const added = page.locator('[data-testid="mapping-row"][data-group="team-dev"]', { hasText: 'platform-self-provisioner' });
    await added.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/sso-group-mappings.png` });

    // oidc-bob signs in again, in a browser of his own: his platform role follows the new mapping.
    const bobContext = await browser.newContext({ locale: 'en' });
    const bobToken = await signInWithIdp(await bobContext.newPage(), 'oidc-bob', 'bob-oidc-password');
    assert.deepEqual((await asUser(bobToken, '{ me { platformRole canCreateWorkspace } }')).data, { me: { platformRole: 'PLATFORM_SELF_PROVISIONER', canCreateWorkspace: true } });
    await bobContext.close();

    await added.getByTestId('mapping-delete').click();
    await added.waitFor({ state: 'detached', timeout: 30_000 });
  } finally {
    // Leave the product's mappings as they were, also when a step above failed.
    if (adminToken) {
      const left = (await asUser(adminToken, '{ groupRoleMappings { id group platformRole fromFile } }')).data as { groupRoleMappings: { id: string; group: string; platformRole: string | null; fromFile: boolean }[] } | undefined;
      for (const m of left?.groupRoleMappings ?? []) {
        if (!m.fromFile && m.group === 'team-dev' && m.platformRole === 'platform-self-provisioner') {
          await fetch(API, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` }, body: JSON.stringify({ query: `mutation { deleteGroupRoleMapping(id: "${m.id}") }` }) });
        }
      }
    }
    await context.close();
  }
});
