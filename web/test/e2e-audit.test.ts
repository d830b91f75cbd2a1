/**
 * The audit log in Debian's Chromium against the running product (`scripts/start.ts`, which
 * starts the lab's Kafka and the audit pipeline): a Secret created through the API shows up on
 * the Audit log page, found by the operation filter, with its target, and its value appears
 * nowhere on the page (arguments redacted); a filter that matches nothing says so.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const CONSOLE = (process.env.MERIDIAN_CONSOLE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const API = process.env.NEXT_PUBLIC_MERIDIAN_API ?? 'http://127.0.0.1:4000/graphql';
const CHROMIUM = process.env.MERIDIAN_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const ADMIN = { username: 'admin', password: 'Meridian@2026' };
const PROJECT = 'demo-project';

let browser: Browser;

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3000) })).status < 500;
  } catch {
    return false;
  }
}

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: { message: string }[] }> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
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

test('a Secret created through the API is on the audit page, its value nowhere', async () => {
  const login = await api<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: ADMIN.username, p: ADMIN.password });
  const token = login.data?.login.token;
  assert.ok(token, `login failed: ${JSON.stringify(login.errors)}`);
  const name = `e2e-audit-${randomBytes(3).toString('hex')}`;
  const value = `v-${randomBytes(8).toString('hex')}`;
  const made = await api('mutation($p: String!, $n: String!, $v: String!) { createSecret(project: $p, input: { name: $n, data: [{ key: "password", value: $v }] }) { name } }', { p: PROJECT, n: name, v: value }, token);
  assert.equal(made.errors, undefined, JSON.stringify(made.errors));

  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'en' });
  const page = await context.newPage();
  try {
    await page.goto(`${CONSOLE}/login`);
    await page.locator('input[name=username]').fill(ADMIN.username);
    await page.locator('input[name=password]').fill(ADMIN.password);
    await page.locator('button[type=submit]').click();
    await page.getByTestId('nav-audit').click();
    await page.waitForURL(/\/audit$/);
    await page.getByTestId('audit-table').waitFor();

    await page.getByTestId('audit-filter-operation').fill('createSecret');
    await page.getByTestId('audit-filter-project').fill(PROJECT);
    // The record travels outbox → Kafka → store: refresh until it is there.
    const row = page.getByTestId('audit-row').filter({ hasText: name });
    const onlyCreateSecret = () => page.getByTestId('audit-row').evaluateAll((rows) => rows.length > 0 && rows.every((r) => r.getAttribute('data-operation') === 'createSecret'));
    for (let i = 0; i < 60 && !((await row.count()) && (await onlyCreateSecret())); i++) {
      await page.waitForTimeout(1000);
      await page.getByTestId('audit-refresh').click();
    }
    await row.first().waitFor({ timeout: 5_000 });
    assert.equal(await onlyCreateSecret(), true, 'the filter left only createSecret');
    assert.match((await row.first().textContent()) ?? '', new RegExp(`Secret: .*${PROJECT} / ${name}`));
    await row.first().locator('summary').click();
    const args = (await row.first().getByTestId('audit-arguments').textContent()) ?? '';
    assert.match(args, /\[REDACTED\]/);
    assert.ok(!(await page.content()).includes(value), 'the Secret value is not on the page');
    await page.screenshot({ path: `${SHOTS}audit.png`, fullPage: true });

    await page.getByTestId('audit-filter-result').fill('NO_SUCH_RESULT');
    await page.locator('.empty').waitFor();
  } finally {
    await context.close();
    await api('mutation($p: String!, $n: String!) { deleteObject(kind: "Secret", project: $p, name: $n) { name } }', { p: PROJECT, n: name }, token).catch(() => undefined);
  }
});
