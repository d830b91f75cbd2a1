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
import type { Browser, Page } from 'playwright-core';
import { ADMIN, CONSOLE, SHOTS, call, freshPage, launchChromium, signIn } from './browser.ts';

let browser: Browser;

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
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test('"Sign in with Meridian lab IdP": oidc-bob signs in at the provider and gets his group\'s roles; Sessions marks this one', async () => {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${CONSOLE}/login`);
    const button = page.getByTestId('sso-oidc');
    await button.waitFor({ timeout: 30_000 });
    assert.equal((await button.textContent())?.trim(), 'Sign in with Meridian lab IdP');
    await page.screenshot({ path: `${SHOTS}/sso-login.png` });
    const token = await signInWithIdp(page, 'oidc-bob', 'bob-oidc-password');
    assert.equal((await sessionOf(page)).user.username, 'oidc-bob');
    const roles = await call(token, '{ me { username source platformRole } workspace(name: "demo") { viewerRole } project(name: "demo-project") { viewerRole } }');
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
  const { context, page } = await freshPage(browser);
  let adminToken = '';
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
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
    assert.deepEqual((await call(bobToken, '{ me { platformRole canCreateWorkspace } }')).data, { me: { platformRole: 'PLATFORM_SELF_PROVISIONER', canCreateWorkspace: true } });
    await bobContext.close();

    await added.getByTestId('mapping-delete').click();
    await added.waitFor({ state: 'detached', timeout: 30_000 });
  } finally {
    // Leave the product's mappings as they were, also when a step above failed.
    if (adminToken) {
      const left = (await call(adminToken, '{ groupRoleMappings { id group platformRole fromFile } }')).data as { groupRoleMappings: { id: string; group: string; platformRole: string | null; fromFile: boolean }[] } | undefined;
      for (const m of left?.groupRoleMappings ?? []) {
        if (!m.fromFile && m.group === 'team-dev' && m.platformRole === 'platform-self-provisioner') {
          await call(adminToken, `mutation { deleteGroupRoleMapping(id: "${m.id}") }`);
        }
      }
    }
    await context.close();
  }
});
