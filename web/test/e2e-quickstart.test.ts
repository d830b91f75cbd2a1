/**
 * KubeSphere's quick start, in Debian's Chromium against the running product
 * (`scripts/start.ts --test`): the platform admin creates two users, a workspace (with the first
 * as its workspace admin, in the create-workspace wizard) and a project in it; the workspace admin
 * makes a custom project role "deployer" (manage workloads, view monitoring) and grants it to the
 * second user, who signs in, scales a Deployment in the console, and is refused when removing a
 * member. Then the admin deletes the workspace from its settings (ticking its project) and the
 * project's namespace is gone from the cluster.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { en } from '../src/lib/i18n/en.ts';
import { ADMIN, CONSOLE, SHOTS, call, freshPage, launchChromium, loginToken, must, sessionToken, signIn, until } from './browser.ts';

const run = Math.random().toString(36).slice(2, 7);
const WS_ADMIN = { username: `qs-wsadmin-${run}`, password: `Qs-admin-${run}1` };
const DEPLOYER = { username: `qs-deployer-${run}`, password: `Qs-deploy-${run}1` };
const WORKSPACE = `qs-${run}`;
const PROJECT = `qs-${run}-web`;

let browser: Browser;

async function signedIn(username: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await freshPage(browser, { viewport: { width: 1400, height: 900 } }, 'en');
  await signIn(page, username, password);
  await page.getByRole('heading', { name: en['workspaces.title'] }).waitFor({ timeout: 30_000 });
  return { context, page };
}

async function createUser(page: Page, user: { username: string; password: string }) {
  await page.getByRole('button', { name: en['users.create'] }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name=username]').fill(user.username);
  await dialog.locator('input[name=email]').fill(`${user.username}@example.test`);
  await dialog.locator('input[name=password]').fill(user.password);
  await dialog.getByRole('button', { name: en['users.submit'] }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  // Whatever happened above, leave no tenant behind.
  const admin = await loginToken(ADMIN).catch(() => null);
  await call(admin, 'mutation($n:String!,$c:[String!]!){deleteWorkspace(name:$n,confirm:$c)}', { n: WORKSPACE, c: [PROJECT] });
  for (const u of [WS_ADMIN, DEPLOYER]) await call(admin, 'mutation($u:String!){deleteUser(username:$u)}', { u: u.username });
});

test('quick start: users, a workspace with its admin, a project, a custom role granted and used; the workspace deleted with its namespace', { timeout: 300_000 }, async () => {
  // 1. The platform admin: two users, a workspace (wizard, with its admin), a project.
  const admin = await signedIn(ADMIN.username, ADMIN.password);
  const adminToken = await sessionToken(admin.page);
  {
    const { page } = admin;
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-row').first().waitFor({ timeout: 20_000 });
    await createUser(page, WS_ADMIN);
    await createUser(page, DEPLOYER);

    await page.goto(`${CONSOLE}/`);
    await page.getByTestId('create-workspace').click();
    const wizard = page.getByRole('dialog');
    await wizard.locator('input[name=name]').fill('Not Valid');
    await wizard.getByRole('button', { name: en['tenants.next'] }).click();
    await wizard.getByTestId('invalid-name').waitFor();
    await wizard.locator('input[name=name]').fill(WORKSPACE);
    await wizard.locator('input[name=displayName]').fill('Quick start');
    await wizard.getByRole('button', { name: en['tenants.next'] }).click();
    await wizard.locator('input[name=admin]').fill(WS_ADMIN.username);
    await page.screenshot({ path: `${SHOTS}quickstart-workspace-wizard.png` });
    await wizard.getByRole('button', { name: en['tenants.createWorkspace.submit'] }).click();
    await page.waitForURL(`**/workspaces/${WORKSPACE}`, { timeout: 20_000 });

    await page.getByTestId('create-project').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=name]').fill(PROJECT);
    await dialog.getByRole('button', { name: en['tenants.createProject.submit'] }).click();
    await page.waitForURL(`**/workspaces/${WORKSPACE}/projects/${PROJECT}`, { timeout: 20_000 });
  }
  const members = await must<{ workspace: { members: { role: string; user: { username: string } }[] } }>(adminToken, 'query($w:String!){workspace(name:$w){members{role user{username}}}}', { w: WORKSPACE });
  assert.ok(
    members.workspace.members.some((m) => m.user.username === WS_ADMIN.username && m.role === 'WORKSPACE_ADMIN'),
    `the wizard made the first user workspace admin: ${JSON.stringify(members.workspace.members)}`,
  );
  // Something to scale: a Deployment in the new project (made through the API, as a setup step).
  await must(adminToken, 'mutation($p:String!){createDeployment(project:$p,input:{name:"web",replicas:1,template:{containers:[{image:"nginx:1.27"}]}}){name}}', { p: PROJECT });

  // 2. The workspace admin: a custom project role "deployer", granted to the second user.
  const wsAdmin = await signedIn(WS_ADMIN.username, WS_ADMIN.password);
  {
    const { page } = wsAdmin;
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/settings/roles`);
    await page.getByTestId('role-new').click();
    await page.getByTestId('role-name').fill('deployer');
    await page.getByTestId('bundle-MANAGE_WORKLOADS').check();
    await page.getByTestId('bundle-VIEW_MONITORING').check();
    await page.getByTestId('role-save').click();
    await page.getByTestId('role-edit-deployer').waitFor({ timeout: 15_000 });

    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/settings/members`);
    await page.getByTestId('grant-username').fill(DEPLOYER.username);
    await page.getByTestId('grant-role').selectOption('deployer');
    await page.getByTestId('grant-submit').click();
    await page.getByTestId(`member-${DEPLOYER.username}`).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${SHOTS}quickstart-members.png` });
  }
  await wsAdmin.context.close();

  // 3. The deployer: scales in the console; removing a member is refused and changes nothing.
  const deployer = await signedIn(DEPLOYER.username, DEPLOYER.password);
  const deployerToken = await sessionToken(deployer.page);
  {
    const { page } = deployer;
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.getByRole('tab', { name: en['project.tab.deployments'] }).click();
    const row = page.locator('[data-testid=deployment-row][data-deployment=web]');
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: en['deployments.scale'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=replicas]').fill('3');
    await dialog.getByRole('button', { name: en['scale.submit'] }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await until('the Deployment scaled to 3', async () => {
      const d = await call<{ kubeObject: { replicas: number } | null }>(adminToken, 'query($p:String!){kubeObject(kind:"Deployment",project:$p,name:"web"){... on Deployment{replicas}}}', { p: PROJECT });
      return d.data?.kubeObject?.replicas === 3;
    });

    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/settings/members`);
    // Without manage-members the page says so, and offers no remove button.
    await page.locator('.banner.error').first().waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId(`member-remove-${DEPLOYER.username}`).count(), 0, 'no remove button for the deployer');
    await page.screenshot({ path: `${SHOTS}quickstart-deployer-refused.png` });
  }
  const refused = await call(deployerToken, 'mutation($p:String!,$u:String!){removeProjectMember(project:$p,username:$u)}', { p: PROJECT, u: DEPLOYER.username });
  assert.deepEqual(refused.errors?.map((e) => e.extensions?.code), ['FORBIDDEN'], 'the deployer may not remove members');
  const still = await must<{ projectMembers: { edges: { node: { roleName: string; user: { username: string } } }[] } }>(adminToken, 'query($p:String!){projectMembers(project:$p,first:100){edges{node{roleName user{username}}}}}', { p: PROJECT });
  assert.deepEqual(
    still.projectMembers.edges.filter((e) => e.node.user.username === DEPLOYER.username).map((e) => e.node.roleName),
    ['deployer'],
    'the membership is still there, with the custom role',
  );
  await deployer.context.close();

  // 4. The admin deletes the workspace: its project is named in the confirmation; the namespace goes.
  {
    const { page } = admin;
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/settings/general`);
    const button = page.getByTestId('delete-workspace-button');
    await button.waitFor({ timeout: 20_000 });
    await page.locator('input[name=confirm-name]').fill(WORKSPACE);
    assert.ok(await button.isDisabled(), 'delete waits until every project is ticked');
    await page.getByTestId(`confirm-project-${PROJECT}`).check();
    await button.click();
    await page.waitForURL(`${CONSOLE}/`, { timeout: 30_000 });
  }
  await until('the project namespace gone from the cluster', async () => {
    const p = await call<{ project: unknown }>(adminToken, 'query($p:String!){project(name:$p){name phase}}', { p: PROJECT });
    return p.errors?.[0]?.extensions?.code === 'NOT_FOUND' || p.data?.project === null;
  }, 120_000);
  await admin.context.close();
});
