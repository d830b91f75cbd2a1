/**
 * My account → API tokens in Debian's Chromium against the running product (`scripts/start.ts`,
 * started by `npm test`): the admin creates a READ_ONLY token limited to demo-project, sees it
 * once and copies it; the token reads demo-project through the API and every mutation is
 * FORBIDDEN; the list shows its last use; revoking asks first, naming the token, and the token
 * stops working within the gateway's identity cache time.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { ADMIN, CONSOLE, SHOTS, call, launchChromium, signIn } from './browser.ts';

const PROJECT = 'demo-project';
/** The gateway's identity cache (MERIDIAN_IDENTITY_CACHE_MS, 5 s by default) plus slack. */
const REVOKE_WAIT_MS = Number(process.env.MERIDIAN_IDENTITY_CACHE_MS ?? 5_000) + 2_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test('create a read-only token for one project, see it once, use it, revoke it', async () => {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: CONSOLE });
  const page = await context.newPage();
  const name = `e2e-${randomBytes(3).toString('hex')}`;
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByTestId('nav-api-tokens').click();
    await page.waitForURL(/\/account\/tokens$/);

    // Create: name, read-only, only demo-project, 30 days.
    await page.getByTestId('token-create').click();
    await page.locator('input[name=name]').fill(name);
    await page.locator('select[name=scope]').selectOption('READ_ONLY');
    await page.getByTestId('projects-chosen').check();
    // Submitting with no project chosen says what is missing.
    await page.locator('.modal button[type=submit]').click();
    await page.getByTestId('invalid-projects').waitFor();
    await page.getByTestId('project-choices').locator(`input[value="${PROJECT}"]`).check();
    await page.locator('select[name=expiresInDays]').selectOption('30');
    await page.locator('.modal button[type=submit]').click();

    // Shown once, copied with the button.
    const field = page.getByTestId('token-plaintext');
    await field.waitFor();
    const token = await field.inputValue();
    assert.match(token, /^mrd_[0-9a-f]{32}_[0-9a-f]{64}$/);
    await page.getByTestId('token-copy').click();
    await page.getByTestId('token-copy').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), token, 'the copy button put the token on the clipboard');
    await page.screenshot({ path: `${SHOTS}api-token-created.png` });
    await page.locator('.modal button[type=submit]').click();

    // The token works from outside the browser: reads demo-project, no other project, no mutation.
    const read = await call<{ project: { name: string } | null }>(token, 'query($p: String!) { project(name: $p) { name } }', { p: PROJECT });
    assert.equal(read.data?.project?.name, PROJECT, JSON.stringify(read));
    const scale = await call(token, 'mutation($p: String!) { scaleDeployment(namespace: $p, name: "hello", replicas: 2) { name } }', { p: PROJECT });
    assert.equal(scale.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(scale));

    // Listed with its last use; the plaintext appears nowhere on the page any more.
    await page.reload();
    const row = page.locator(`[data-testid=token-row][data-name="${name}"]`);
    await row.waitFor();
    await row.filter({ hasText: 'ago' }).waitFor({ timeout: 10_000 });
    assert.match(await row.innerText(), new RegExp(`${token.slice(0, 12)}.*Read only.*${PROJECT}`, 's'));
    assert.ok(!(await page.content()).includes(token.split('_')[2]), 'the secret is not on the list page');

    // Revoke asks first, naming the token.
    await row.getByTestId('token-revoke').click();
    const confirm = page.getByTestId('revoke-confirm');
    await confirm.waitFor();
    assert.ok((await confirm.innerText()).includes(name), 'the confirmation names the token');
    await page.locator('.modal button[type=submit]').click();
    await page.getByTestId('token-revoked').waitFor();
    await row.getByTestId('token-status').filter({ hasText: 'Revoked' }).waitFor();
    await page.screenshot({ path: `${SHOTS}api-token-revoked.png` });

    await new Promise((r) => setTimeout(r, REVOKE_WAIT_MS));
    const after = await call(token, '{ me { username } }');
    assert.equal(after.status, 401, JSON.stringify(after));
  } finally {
    await context.close();
  }
}, 120_000);
