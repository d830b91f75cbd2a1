/**
 * A user whose grants shrink stays signed in (Debian's Chromium against the running product):
 * the user watches project A's pods live; an admin removes the user from project B; the gateway
 * closes the user's socket with 4403 ("your permissions changed"), and the console reconnects and
 * resubscribes instead of signing out. New pods of A still stream in without a reload. (The
 * console used to treat 4403 as a lost session; in CI other tests changing the shared admin's
 * memberships signed the admin's console out mid-test.)
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser, WebSocket } from 'playwright-core';
import { ADMIN, CONSOLE, call, finish, freshPage, launchChromium, loginToken, must, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const r = randomBytes(3).toString('hex');
const [A, B] = [`e2e-grants-a-${r}`, `e2e-grants-b-${r}`];
const USER = { username: `e2e-grants-${r}`, password: `Grants-${r}-1` };

let browser: Browser;
let admin: string;

beforeAll(async () => {
  admin = await loginToken(ADMIN);
  await must(admin, 'mutation($i:CreateUserInput!){createUser(input:$i){username}}', { i: { username: USER.username, email: `${USER.username}@example.test`, password: USER.password } });
  for (const project of [A, B]) {
    await must(admin, 'mutation($w:String!,$n:String!){createProject(workspace:$w,name:$n){name}}', { w: WORKSPACE, n: project });
    await must(admin, 'mutation($p:String!,$u:String!){addProjectMember(project:$p,username:$u,role:VIEWER){roleName}}', { p: project, u: USER.username });
  }
  await must(admin, 'mutation($p:String!,$i:DeploymentInput!){createDeployment(project:$p,input:$i){name}}', {
    p: A,
    i: { name: 'web', replicas: 1, template: { containers: [{ image: 'registry.local/meridian/demo:1' }] } },
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const project of [A, B]) await call(admin, 'mutation($n:String!){deleteProject(name:$n,confirm:$n)}', { n: project });
  await call(admin, 'mutation($u:String!){deleteUser(username:$u)}', { u: USER.username });
});

test('removed from one project, the user stays signed in and the live pods of another go on', async () => {
  const { context, page } = await freshPage(browser, { locale: 'en-US' });
  const sockets: WebSocket[] = [];
  page.on('websocket', (ws) => sockets.push(ws));
  let failed = true;
  try {
    await signIn(page, USER.username, USER.password);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${A}`);
    await page.locator('[data-testid=pod-row][data-pod^="web-"]').first().waitFor({ timeout: 60_000 });
    assert.ok(sockets.length >= 1, 'the pods page opened a socket');
    const first = sockets[0];
    const closed = new Promise<void>((resolve) => first.on('close', () => resolve()));

    await must(admin, 'mutation($p:String!,$u:String!){removeProjectMember(project:$p,username:$u)}', { p: B, u: USER.username });
    // The gateway looks at the user's grants again every identity-cache period (5 s).
    await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('the socket was not closed after the grant ended')), 45_000))]);
    for (let i = 0; i < 150 && sockets.length < 2; i++) await page.waitForTimeout(200);
    assert.ok(sockets.length >= 2, 'the console opened a new socket');
    assert.ok(!new URL(page.url()).pathname.startsWith('/login'), `still signed in (at ${page.url()})`);

    // Live still: two more replicas of A stream into the table with no reload.
    await must(admin, 'mutation($n:String!,$d:String!,$r:Int!){scaleDeployment(namespace:$n,name:$d,replicas:$r){name}}', { n: A, d: 'web', r: 3 });
    await page.waitForFunction((prefix) => document.querySelectorAll(`[data-testid=pod-row][data-pod^="${prefix}"]`).length >= 3, 'web-', { timeout: 60_000 });
    assert.ok(!new URL(page.url()).pathname.startsWith('/login'));
    failed = false;
  } finally {
    await finish(context, page, 'grants-change', failed);
  }
}, 240_000);
