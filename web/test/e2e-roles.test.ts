/**
 * The console as a non-admin, end to end in Debian's Chromium against the running product
 * (`scripts/start.ts --test`, started by `npm test`): a platform admin creates a user on the
 * Users page (the form refuses a bad username and a weak password first), makes them a viewer of
 * demo-project through the API, and creates a second tenant. The new user signs in and sees only
 * demo / demo-project, its pods, no Scale action (a "view only" hint instead, in both languages),
 * no Users menu, and nothing of the other tenant — and the API refuses what the UI hides.
 * Finally they change their own password, which ends their other sessions.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, CONSOLE, SHOTS, call, finish, freshPage, launchChromium, loginToken, must, sessionToken, signIn, type Answer } from './browser.ts';

const ENDPOINTS = fileURLToPath(new URL('../../.lab/endpoints.json', import.meta.url));
const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const DEPLOYMENT = 'hello';

const rand = randomBytes(3).toString('hex');
const VIEWER = { username: `e2e-viewer-${rand}`, password: `Viewer-${rand}-1` };
const OTHER_WS = `e2e-other-${rand}`;
const OTHER_PROJECT = `e2e-other-${rand}`;

let browser: Browser;
let adminToken: string;
const namespacesToDelete: string[] = [];

const codes = (a: Answer<unknown>) => (a.errors ?? []).map((e) => e.extensions?.code);

/** Deletes a namespace the test created (there is no deleteProject mutation) with the lab's kubectl. */
async function deleteNamespace(name: string) {
  const { kubernetes } = JSON.parse(readFileSync(ENDPOINTS, 'utf8')) as { kubernetes: { kubeconfig: string; kubectl: string } };
  await promisify(execFile)(kubernetes.kubectl, ['--kubeconfig', kubernetes.kubeconfig, 'delete', 'namespace', name, '--wait=false']);
}

beforeAll(async () => {
  browser = await launchChromium();
  adminToken = await loginToken(ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(namespacesToDelete.map((n) => deleteNamespace(n).catch(() => {})));
});

/** Signs in through the login form and waits for the workspace list. */
async function signInHome(page: Page, username: string, password: string) {
  await signIn(page, username, password);
  await page.getByRole('heading', { name: 'Choose a workspace' }).waitFor({ timeout: 20_000 });
}

const attr = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), name);

test('an admin creates a user in the console; as a viewer of demo-project they see only it, and only to look', async () => {
  // 1. The admin: Users is in the sidebar; the form explains its rules before it sends anything.
  const adminSide = await freshPage(browser, { locale: 'en-US' });
  let failed = true;
  try {
    const { page } = adminSide;
    await signInHome(page, ADMIN.username, ADMIN.password);
    await page.getByTestId('nav-users').click();
    await page.getByRole('heading', { name: 'Users' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('user-row').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Create user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=username]').fill('Not Valid');
    await dialog.locator('input[name=email]').fill(`${VIEWER.username}@example.test`);
    await dialog.locator('input[name=password]').fill('short');
    await dialog.getByRole('button', { name: 'Create' }).click();
    assert.match(await dialog.getByTestId('invalid-username').innerText(), /lowercase letters, digits/);
    assert.match(await dialog.getByTestId('invalid-password').innerText(), /at least 8 characters/);
    await dialog.locator('input[name=password]').fill('longenoughbutnodigit');
    assert.match(await dialog.getByTestId('invalid-password').innerText(), /at least one digit/);
    const none = await must<{ users: { totalCount: number } }>(adminToken, 'query($f:String){users(filter:{username:$f}){totalCount}}', { f: VIEWER.username });
    assert.equal(none.users.totalCount, 0, 'nothing was sent while the form was invalid');

    await dialog.locator('input[name=username]').fill(VIEWER.username);
    await dialog.locator('input[name=displayName]').fill('E2E Viewer');
    await dialog.locator('input[name=password]').fill(VIEWER.password);
    await page.screenshot({ path: `${SHOTS}users-create.png` });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByTestId('user-created').waitFor();
    await page.locator('input.filter').fill(VIEWER.username);
    // The filter reaches the API: only the new user is left in the table.
    await page.waitForFunction(
      (name) => {
        const rows = [...document.querySelectorAll('[data-testid=user-row]')].map((r) => r.getAttribute('data-username'));
        return rows.length === 1 && rows[0] === name;
      },
      VIEWER.username,
      { timeout: 10_000 },
    );
    await page.screenshot({ path: `${SHOTS}users.png` });

    // The role is changed in place; the API has it, and the row shows what the API stored.
    const roleSelect = page.locator(`[data-testid=user-row][data-username="${VIEWER.username}"] [data-testid=user-role]`);
    const storedRole = async () =>
      (await must<{ users: { edges: { node: { platformRole: string } }[] } }>(adminToken, 'query($f:String){users(filter:{username:$f}){edges{node{platformRole}}}}', { f: VIEWER.username })).users.edges[0].node.platformRole;
    for (const [label, role] of [['Self-provisioner', 'PLATFORM_SELF_PROVISIONER'], ['Member', 'PLATFORM_REGULAR']]) {
      await roleSelect.selectOption({ label });
      const deadline = Date.now() + 10_000;
      while ((await storedRole()) !== role) {
        assert.ok(Date.now() < deadline, `the API did not store ${role}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      await page.waitForFunction(
        ({ sel, want }) => (document.querySelector(sel) as HTMLSelectElement | null)?.value === want,
        { sel: `[data-testid=user-row][data-username="${VIEWER.username}"] [data-testid=user-role]`, want: role },
        { timeout: 10_000 },
      );
    }

    // Creating the same user again is refused with a clear message.
    await page.getByRole('button', { name: 'Create user' }).click();
    await dialog.locator('input[name=username]').fill(VIEWER.username);
    await dialog.locator('input[name=email]').fill(`again-${VIEWER.username}@example.test`);
    await dialog.locator('input[name=password]').fill(VIEWER.password);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByTestId('user-taken').waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    failed = false;
  } finally {
    await finish(adminSide.context, adminSide.page, 'roles-admin', failed);
  }

  // 2. Through the API: the new user views demo-project; a second tenant appears that they are not part of.
  await must(adminToken, 'mutation($p:String!,$u:String!){addProjectMember(project:$p,username:$u,role:VIEWER){role}}', { p: PROJECT, u: VIEWER.username });
  await must(adminToken, 'mutation($n:String!){createWorkspace(input:{name:$n}){name}}', { n: OTHER_WS });
  await must(adminToken, 'mutation($w:String!,$n:String!){createProject(workspace:$w,name:$n){name}}', { w: OTHER_WS, n: OTHER_PROJECT });
  namespacesToDelete.push(OTHER_PROJECT);

  // 3. The new user.
  const viewerSide = await freshPage(browser, { locale: 'en-US' });
  failed = true;
  try {
    const { page } = viewerSide;
    const t0 = Date.now();
    await signInHome(page, VIEWER.username, VIEWER.password);
    await page.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(await attr(page, '[data-testid=workspace-card]', 'href'), [`/workspaces/${WORKSPACE}`], 'only the demo workspace');
    assert.deepEqual(await attr(page, '[data-testid=nav-workspace]', 'href'), [`/workspaces/${WORKSPACE}`]);
    assert.equal(await page.getByTestId('nav-users').count(), 0, 'no Users menu for a regular user');

    await page.locator(`[data-testid=workspace-card][href="/workspaces/${WORKSPACE}"]`).click();
    await page.locator('[data-testid=project-card]').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(await attr(page, '[data-testid=project-card]', 'href'), [`/workspaces/${WORKSPACE}/projects/${PROJECT}`], 'only demo-project');
    await page.locator(`[data-testid=project-card][href="/workspaces/${WORKSPACE}/projects/${PROJECT}"]`).click();
    await page.locator(`[data-testid=pod-row][data-pod^="${DEPLOYMENT}-"]`).first().waitFor({ timeout: 30_000 });
    console.log(`viewer sign-in to pod table visible: ${Date.now() - t0} ms`);

    await page.getByRole('tab', { name: 'Deployments' }).click();
    const row = page.locator(`[data-testid=deployment-row][data-deployment=${DEPLOYMENT}]`);
    await row.waitFor({ timeout: 15_000 });
    await page.getByTestId('view-only-hint').waitFor({ timeout: 10_000 });
    assert.equal(await row.getByTestId('view-only').innerText(), 'View only');
    assert.equal(await page.getByRole('button', { name: 'Scale' }).count(), 0, 'no Scale action for a viewer');
    await page.screenshot({ path: `${SHOTS}viewer-deployments.png` });

    // What the UI hides, the API refuses: the capability field tells the truth.
    const token = await sessionToken(page);
    const caps = await must<{ project: { viewerRole: string; viewerCanEdit: boolean } }>(token, 'query($n:String!){project(name:$n){viewerRole viewerCanEdit}}', { n: PROJECT });
    assert.deepEqual(caps.project, { viewerRole: 'VIEWER', viewerCanEdit: false });
    const scale = await call(token, 'mutation($n:String!,$d:String!){scaleDeployment(namespace:$n,name:$d,replicas:5){name}}', { n: PROJECT, d: DEPLOYMENT });
    assert.deepEqual(codes(scale), ['FORBIDDEN']);

    // The hint is translated.
    await page.getByRole('button', { name: '中文' }).click();
    assert.match(await page.getByTestId('view-only-hint').innerText(), /仅可查看/);
    await page.getByRole('button', { name: 'English' }).click();

    // 4. The other tenant: not listed, not reachable by URL, not through the API.
    const listed = await must<{ workspaces: { edges: { node: { name: string } }[] } }>(token, '{workspaces(first:500){edges{node{name}}}}');
    assert.deepEqual(listed.workspaces.edges.map((e) => e.node.name), [WORKSPACE]);
    await page.goto(`${CONSOLE}/workspaces/${OTHER_WS}`);
    await page.locator('[role=alert][data-code=NOT_FOUND]').waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('[data-testid=project-card]').count(), 0);
    await page.goto(`${CONSOLE}/workspaces/${OTHER_WS}/projects/${OTHER_PROJECT}`);
    await page.locator('[role=alert][data-code=NOT_FOUND]').first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('[data-testid=pod-row]').count(), 0);
    await page.screenshot({ path: `${SHOTS}viewer-cross-tenant.png` });
    assert.deepEqual(codes(await call(token, 'query($n:String!){project(name:$n){name}}', { n: OTHER_PROJECT })), ['NOT_FOUND']);

    // The Users page, typed in by hand, shows the refusal and no table.
    await page.goto(`${CONSOLE}/users`);
    await page.locator('[role=alert][data-code=FORBIDDEN]').waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId('user-table').count(), 0);
    assert.equal(await page.getByTestId('nav-users').count(), 0);

    // 5. Their own password: a wrong current one is refused at its field; then it changes, this
    // session stays, another session of theirs (never used, so not in the gateway's cache) ends.
    const otherSession = await loginToken(VIEWER);
    const newPassword = `Changed-${rand}-2`;
    await page.locator('header').getByRole('button', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=oldPassword]').fill('not-my-password-1');
    await dialog.locator('input[name=newPassword]').fill(newPassword);
    await dialog.locator('input[name=repeatPassword]').fill(newPassword);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByTestId('invalid-oldPassword').waitFor({ timeout: 10_000 });
    await dialog.locator('input[name=oldPassword]').fill(VIEWER.password);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('password-changed').waitFor({ timeout: 10_000 });
    assert.equal((await must<{ me: { username: string } }>(token, '{me{username}}')).me.username, VIEWER.username, 'this session stays');
    assert.deepEqual(codes(await call(otherSession, '{me{username}}')), ['UNAUTHENTICATED'], 'the other session ended');
    const oldLogin = await call(null, 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', { u: VIEWER.username, p: VIEWER.password });
    assert.deepEqual(codes(oldLogin), ['UNAUTHENTICATED'], 'the old password no longer works');
    assert.ok(await loginToken({ username: VIEWER.username, password: newPassword }));
    failed = false;
  } finally {
    await finish(viewerSide.context, viewerSide.page, 'roles-viewer', failed);
  }
});
