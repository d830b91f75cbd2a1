/**
 * A temporary password in Debian's Chromium (the seeded admin of a fresh `npm start` works the
 * same way): a user created with `mustChangePassword` signs in, is asked for a new password
 * before anything else (the API answers PASSWORD_CHANGE_REQUIRED to the old session meanwhile),
 * chooses one, lands in the console; the temporary password no longer works.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { en } from '../src/lib/i18n/en.ts';
import { ADMIN, call, finish, freshPage, launchChromium, loginToken, signIn } from './browser.ts';

const run = Math.random().toString(36).slice(2, 7);
const USER = { username: `first-${run}`, temporary: `Temp-${run}-1`, chosen: `Chosen-${run}-22` };
const LOGIN = 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token mustChangePassword}}';

let browser: Browser;
let adminToken: string;

beforeAll(async () => {
  browser = await launchChromium();
  adminToken = await loginToken(ADMIN);
  const made = await call(adminToken, 'mutation($i:CreateUserInput!){createUser(input:$i){username mustChangePassword}}', {
    i: { username: USER.username, email: `${USER.username}@example.test`, password: USER.temporary, mustChangePassword: true },
  });
  assert.deepEqual(made.data, { createUser: { username: USER.username, mustChangePassword: true } }, JSON.stringify(made.errors));
});

afterAll(async () => {
  await browser?.close();
  if (adminToken) await call(adminToken, 'mutation($u:String!){deleteUser(username:$u)}', { u: USER.username });
});

test('a temporary password must be changed at first sign-in, in the console', { timeout: 120_000 }, async () => {
  // The API side first: with the temporary password, the session can do nothing but change it.
  const first = await call<{ login: { token: string; mustChangePassword: boolean } }>(null, LOGIN, { u: USER.username, p: USER.temporary });
  assert.equal(first.data?.login.mustChangePassword, true);
  const blocked = await call(first.data!.login.token, '{ workspaces { totalCount } }');
  assert.deepEqual(blocked.errors?.map((e) => e.extensions?.code), ['PASSWORD_CHANGE_REQUIRED']);

  const { context, page } = await freshPage(browser, { viewport: { width: 1280, height: 860 } }, 'en');
  let failed = true;
  try {
    await signIn(page, USER.username, USER.temporary);
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('must-change-password').waitFor({ timeout: 20_000 });
    assert.equal(await page.getByRole('heading', { name: en['workspaces.title'] }).count(), 0, 'no console before the password is changed');
    await dialog.locator('input[name=newPassword]').fill(USER.chosen);
    await dialog.locator('input[name=repeatPassword]').fill(USER.chosen);
    await dialog.getByRole('button', { name: en['password.submit'] }).click();
    await page.getByRole('heading', { name: en['workspaces.title'] }).waitFor({ timeout: 60_000 });
    failed = false;
  } finally {
    await finish(context, page, 'first-sign-in', failed);
  }

  const old = await call(null, LOGIN, { u: USER.username, p: USER.temporary });
  assert.deepEqual(old.errors?.map((e) => e.extensions?.code), ['UNAUTHENTICATED'], 'the temporary password is gone');
  const now = await call<{ login: { mustChangePassword: boolean } }>(null, LOGIN, { u: USER.username, p: USER.chosen });
  assert.equal(now.data?.login.mustChangePassword, false, 'the chosen password signs in normally');
});
