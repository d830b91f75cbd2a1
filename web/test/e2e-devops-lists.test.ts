/**
 * The DevOps lists page on the server, in Debian's Chromium against the running product: a
 * project's credentials (more than one page of them) page by page with the pager, every credential
 * exactly once and by id; a click on the ID header turns the order; the filter asks the API (one
 * page, no pager). The workspace's DevOps projects are filtered by name the same way.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { en, type MessageKey } from '../src/lib/i18n/en.ts';
import { ADMIN, CONSOLE, finish, freshPage, launchChromium, loginToken, must, signIn, until } from './browser.ts';

const WORKSPACE = 'demo';
const PAGE_SIZE = 20; // CREDENTIAL_PAGE_SIZE and PROJECT_PAGE_SIZE of features/devops/operations.ts
const t = (key: MessageKey, vars: Record<string, string | number> = {}) => en[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

const suffix = Math.random().toString(36).slice(2, 7);
const project = `e2e-dlist-${suffix}`;
/** 23 ids, created out of order: more than one page. */
const ids = Array.from({ length: 23 }, (_, i) => `cred-${String(i).padStart(2, '0')}`);
const created = [...ids].sort((a, b) => (a.slice(-1) === b.slice(-1) ? (a < b ? -1 : 1) : a.slice(-1) < b.slice(-1) ? -1 : 1));

let browser: Browser;
let token: string;

beforeAll(async () => {
  browser = await launchChromium();
  token = await loginToken(ADMIN);
  await must(token, 'mutation($w: String!, $n: String!) { createDevOpsProject(workspace: $w, name: $n) { name } }', { w: WORKSPACE, n: project });
  for (const id of created) {
    await must(token, 'mutation($p: String!, $i: CredentialInput!) { createCredential(project: $p, input: $i) { id } }', { p: project, i: { id, secretText: { secret: `s-${id}` } } });
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (token) await must(token, 'mutation($n: String!) { deleteDevOpsProject(name: $n, confirm: $n) }', { n: project }).catch(() => undefined);
});

const rowIds = (page: Page) => page.locator('[data-testid=credential-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));

/** Waits until the table shows `expected` (the API answered the page asked for). */
async function showsCredentials(page: Page, expected: string[]) {
  await until(`credentials ${expected[0]}…${expected.at(-1)}`, async () => JSON.stringify(await rowIds(page)) === JSON.stringify(expected), 30_000);
}

test('credentials and DevOps projects page, sort and filter on the server', { timeout: 240_000 }, async () => {
  const { context, page } = await freshPage(browser);
  let failed = true;
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 20_000 });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${project}?tab=credentials`);
    await page.getByTestId('credentials-panel').waitFor({ timeout: 30_000 });

    // Page 1 and page 2 by id: each credential once, in order.
    await showsCredentials(page, ids.slice(0, PAGE_SIZE));
    assert.equal(await page.getByTestId('pager-range').innerText(), t('pager.range', { from: 1, to: PAGE_SIZE, total: ids.length }));
    await page.getByTestId('pager-next').click();
    await showsCredentials(page, ids.slice(PAGE_SIZE));
    assert.equal(await page.getByTestId('pager-range').innerText(), t('pager.range', { from: PAGE_SIZE + 1, to: ids.length, total: ids.length }));
    await page.getByTestId('pager-previous').click();
    await showsCredentials(page, ids.slice(0, PAGE_SIZE));

    // The ID header asks for the other order (a fresh first page).
    await page.locator('[data-testid=credential-table] th').filter({ hasText: t('devops.credentials.col.id') }).locator('button.sort').click();
    await showsCredentials(page, [...ids].reverse().slice(0, PAGE_SIZE));

    // The filter goes to the API: the matching credentials, one page, no pager.
    await page.getByTestId('credential-filter').fill('CRED-1');
    await showsCredentials(page, ids.filter((id) => id.startsWith('cred-1')).reverse());
    assert.equal(await page.getByTestId('pager-range').count(), 0);

    // The workspace's DevOps projects, filtered by name.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops`);
    await page.getByTestId('devops-project-filter').fill(suffix);
    await until('the project filtered', async () => {
      const names = await page.locator('[data-testid=devops-project-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
      return JSON.stringify(names) === JSON.stringify([project]);
    }, 30_000);
    failed = false;
  } finally {
    await finish(context, page, 'devops-lists', failed);
  }
});
