/**
 * Custom roles in the console, end to end in Debian's Chromium against the running product
 * (`scripts/start.ts --test`): the admin opens demo-project's settings → Roles, creates a role
 * "deployer-…" by ticking Manage workloads and View monitoring, then on settings → Members grants
 * it to a new user by username. The user's identity then holds exactly those bundles
 * (`Project.myPermissions`): they may scale but not read logs nor manage members.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { ADMIN, CONSOLE, SHOTS, call, finish, freshPage, launchChromium, loginToken, must, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = 'demo-project';

const rand = randomBytes(3).toString('hex');
const ROLE = `deployer-${rand}`;
const USER = { username: `e2e-deployer-${rand}`, password: `Deployer-${rand}-1` };

let browser: Browser;
let adminToken: string;

beforeAll(async () => {
  adminToken = await loginToken(ADMIN);
  await must(adminToken, 'mutation($i:CreateUserInput!){createUser(input:$i){username}}', { i: { username: USER.username, email: `${USER.username}@example.test`, password: USER.password } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  // Leave demo-project as it was: the grant and the role go.
  await call(adminToken, 'mutation($p:String!,$u:String!){removeProjectMember(project:$p,username:$u)}', { p: PROJECT, u: USER.username });
  await call(adminToken, 'mutation($p:String!,$n:String!){deleteRole(scope:PROJECT,project:$p,name:$n)}', { p: PROJECT, n: ROLE });
  await call(adminToken, 'mutation($u:String!){deleteUser(username:$u)}', { u: USER.username });
});

test('the admin creates a custom role by ticking bundles and grants it; the grantee holds exactly those', async () => {
  const { context, page } = await freshPage(browser, { locale: 'en-US' });
  let failed = true;
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { name: 'Choose a workspace' }).waitFor({ timeout: 20_000 });

    // Roles: the built-in ones are listed; a new one is made by ticking bundles.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/settings/roles`);
    await page.getByTestId('roles-table').waitFor({ timeout: 20_000 });
    await page.getByTestId('role-new').click();
    await page.getByTestId('role-name').fill(ROLE);
    await page.getByTestId('bundle-MANAGE_WORKLOADS').check();
    await page.getByTestId('bundle-VIEW_MONITORING').check();
    await page.getByTestId('role-save').click();
    await page.getByTestId(`role-edit-${ROLE}`).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${SHOTS}custom-roles.png` });

    // Members: grant it by username, choosing it among the built-in and custom roles.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/settings/members`);
    await page.getByTestId('grant-form').waitFor({ timeout: 20_000 });
    await page.getByTestId('grant-username').fill(USER.username);
    await page.getByTestId('grant-role').selectOption(ROLE);
    await page.getByTestId('grant-submit').click();
    await page.getByTestId(`member-${USER.username}`).waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId(`member-role-${USER.username}`).inputValue(), ROLE);
    await page.screenshot({ path: `${SHOTS}custom-roles-members.png` });
    // The role now counts one member and cannot be deleted.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/settings/roles`);
    await page.getByTestId(`role-delete-${ROLE}`).waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId(`role-delete-${ROLE}`).isDisabled(), true);
    failed = false;
  } finally {
    await finish(context, page, 'custom-roles', failed);
  }

  const token = await loginToken(USER);
  const me = await must<{ project: { myPermissions: string[] } }>(token, 'query($p:String!){project(name:$p){myPermissions}}', { p: PROJECT });
  assert.deepEqual(me.project.myPermissions, ['VIEW_WORKLOADS', 'MANAGE_WORKLOADS', 'VIEW_MONITORING']);
  const members = await call(token, 'query($p:String!){projectMembers(project:$p){totalCount}}', { p: PROJECT });
  assert.deepEqual(members.errors?.map((e) => e.extensions?.code), ['FORBIDDEN']);
});
