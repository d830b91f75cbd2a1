/**
 * The audit log in Debian's Chromium against the running product (`scripts/start.ts`, which
 * starts the lab's Kafka and the audit pipeline): a Secret created through the API shows up on
 * the Audit log page, found by the operation filter, with its target, and its value appears
 * nowhere on the page (arguments redacted); a keyword finds it in the Elasticsearch audit index
 * (searchAuditEvents), with a histogram; a filter that matches nothing says so. A project admin
 * (no workspace administered) has the page too, reading their project's records from the index.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { ADMIN, SHOTS, call, launchChromium, loginToken, must, signIn } from './browser.ts';

const PROJECT = 'demo-project';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test('a Secret created through the API is on the audit page, its value nowhere', async () => {
  const token = await loginToken(ADMIN);
  const name = `e2e-audit-${randomBytes(3).toString('hex')}`;
  const value = `v-${randomBytes(8).toString('hex')}`;
  const made = await call(token, 'mutation($p: String!, $n: String!, $v: String!) { createSecret(project: $p, input: { name: $n, data: [{ key: "password", value: $v }] }) { name } }', { p: PROJECT, n: name, v: value });
  assert.equal(made.errors, undefined, JSON.stringify(made.errors));

  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'en' });
  const page = await context.newPage();
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
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

    // A keyword searches the Elasticsearch index instead (outbox → Kafka → indexer): the same
    // record, alone, with a histogram.
    await page.getByTestId('audit-filter-keyword').fill(name);
    await page.getByTestId('audit-search-source').waitFor();
    for (let i = 0; i < 60 && !(await row.count()); i++) {
      await page.waitForTimeout(1000);
      await page.getByTestId('audit-refresh').click();
    }
    await row.first().waitFor({ timeout: 5_000 });
    await page.getByTestId('audit-histogram').waitFor();
    assert.equal(await page.getByTestId('audit-row').count(), 1, 'only the record naming it');
    assert.ok(!(await page.content()).includes(value), 'the Secret value is not on the page');
    await page.screenshot({ path: `${SHOTS}audit-search.png`, fullPage: true });
    await page.getByTestId('audit-filter-keyword').fill('');
    await page.getByTestId('audit-search-source').waitFor({ state: 'detached' });

    await page.getByTestId('audit-filter-result').fill('NO_SUCH_RESULT');
    await page.locator('.empty').waitFor();
  } finally {
    await context.close();
    await call(token, 'mutation($p: String!, $n: String!) { deleteObject(kind: "Secret", project: $p, name: $n) { name } }', { p: PROJECT, n: name }).catch(() => undefined);
  }
});

test('a project admin has the audit page, with their project\'s records from the audit index', async () => {
  const token = await loginToken(ADMIN);
  const r = randomBytes(3).toString('hex');
  const user = { username: `e2e-audit-padmin-${r}`, password: `Audit-${r}-1` };
  const name = `e2e-audit-p-${r}`;
  await must(token, 'mutation($i:CreateUserInput!){createUser(input:$i){username}}', { i: { username: user.username, email: `${user.username}@example.test`, password: user.password } });
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'en' });
  const page = await context.newPage();
  try {
    await must(token, 'mutation($p:String!,$u:String!){addProjectMember(project:$p,username:$u,role:ADMIN){roleName}}', { p: PROJECT, u: user.username });
    await must(token, 'mutation($p: String!, $n: String!) { createConfigMap(project: $p, input: { name: $n, data: [{ key: "k", value: "v" }] }) { name } }', { p: PROJECT, n: name });
    await signIn(page, user.username, user.password);
    await page.getByTestId('nav-audit').click();
    await page.waitForURL(/\/audit$/);
    // Not the store (auditEvents is for platform and workspace admins): the index, and it says so.
    await page.getByTestId('audit-search-source').waitFor();
    assert.match((await page.getByTestId('audit-search-source').textContent()) ?? '', /projects you administer/);
    const row = page.getByTestId('audit-row').filter({ hasText: name });
    for (let i = 0; i < 60 && !(await row.count()); i++) {
      await page.waitForTimeout(1000);
      await page.getByTestId('audit-refresh').click();
    }
    await row.first().waitFor({ timeout: 5_000 });
    const targets = await page.getByTestId('audit-row').allTextContents();
    assert.ok(targets.every((t) => t.includes(PROJECT)), `only ${PROJECT}'s records: ${targets.join(' | ')}`);
    await page.screenshot({ path: `${SHOTS}audit-project-admin.png`, fullPage: true });
  } finally {
    await context.close();
    await call(token, 'mutation($p: String!, $n: String!) { deleteObject(kind: "ConfigMap", project: $p, name: $n) { name } }', { p: PROJECT, n: name }).catch(() => undefined);
    await call(token, 'mutation($u:String!){deleteUser(username:$u)}', { u: user.username });
  }
});
