/**
 * Project and workspace settings → quotas and isolation in Debian's Chromium against the running
 * product (`scripts/start.ts`): the admin opens a fresh project's settings from the sidebar, sets
 * a quota (a bad amount is refused naming the resource), sees the usage bars count a pod made
 * through the API, sets default container resources, turns isolation on (the NetworkPolicy is
 * read back through the API) and off; then tries a workspace quota that the workspace's other
 * projects do not fit, and is told which resource and project.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, CONSOLE, SHOTS, call, freshPage, launchChromium, loginToken, must, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = `e2e-quota-${randomBytes(3).toString('hex')}`;

let browser: Browser;
let token: string;

type Data = Record<string, any>;
const api = (query: string, variables: Record<string, unknown> = {}) => call<Data>(token, query, variables);
const mustApi = (query: string, variables: Record<string, unknown> = {}) => must<Data>(token, query, variables);

async function waitForText(page: Page, testId: string, expected: RegExp, refresh?: () => Promise<void>, timeoutMs = 30_000): Promise<string> {
  let last = '';
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    last = (await page.getByTestId(testId).textContent().catch(() => '')) ?? '';
    if (expected.test(last)) return last;
    if (refresh) await refresh();
    await page.waitForTimeout(500);
  }
  throw new Error(`${testId} never matched ${expected}: last "${last}"`);
}

beforeAll(async () => {
  browser = await launchChromium();
  token = await loginToken(ADMIN);
  await mustApi('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WORKSPACE, n: PROJECT });
});

afterAll(async () => {
  await browser?.close();
  if (token) await api('mutation($n: String!) { deleteProject(name: $n, confirm: $n) }', { n: PROJECT });
});

test('set a project quota and see its usage, set defaults, toggle isolation; a workspace quota that does not fit is refused by resource', async () => {
  const { context, page } = await freshPage(browser, { viewport: { width: 1360, height: 900 } });
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    // The project's page, then its settings from the sidebar.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.getByTestId('nav-project-quotas').click();
    await page.waitForURL(new RegExp(`/projects/${PROJECT}/settings/quotas$`));
    await page.getByTestId('project-quotas').getByText('No quota: nothing is limited.').waitFor();

    // Two limits; a bad amount first: refused, naming the resource.
    const form = page.getByTestId('project-quota-form');
    await page.getByTestId('quota-add').click();
    await page.getByTestId('quota-resource-0').selectOption('pods');
    await page.getByTestId('quota-hard-0').fill('lots');
    await page.getByTestId('quota-save').click();
    await page.getByTestId('quota-refused-resource').waitFor();
    assert.match((await page.getByTestId('quota-refused-resource').textContent()) ?? '', /Pods/);
    assert.match((await form.locator('[role=alert][data-code=BAD_USER_INPUT]').textContent()) ?? '', /pods: "lots" is not a quantity/);
    await page.getByTestId('quota-hard-0').fill('5');
    await page.getByTestId('quota-add').click();
    await page.getByTestId('quota-resource-1').selectOption('limits.cpu');
    await page.getByTestId('quota-hard-1').fill('2');
    await page.getByTestId('quota-save').click();
    await page.getByTestId('quota-saved').waitFor();
    const refresh = () => page.getByTestId('quota-refresh').click();
    await waitForText(page, 'quota-usage-pods', /^0 \/ 5$/, refresh);

    // A pod made through the API: the quota controller counts it, the bars show it.
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'counted' }, spec: { containers: [{ name: 'app', image: 'nginx:1.27', resources: { limits: { cpu: '500m', memory: '64Mi' } } }] } };
    await mustApi('mutation($p: String!, $y: String!) { applyYaml(project: $p, yaml: $y) { name } }', { p: PROJECT, y: JSON.stringify(pod) });
    await waitForText(page, 'quota-usage-pods', /^1 \/ 5$/, refresh);
    await waitForText(page, 'quota-usage-limits.cpu', /^500m \/ 2$/, refresh);
    const bars = page.getByTestId('quota-bar');
    assert.equal(await bars.count(), 2);
    assert.deepEqual(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow'))), ['25', '20']);

    // Over the quota through the API: refused, naming the resource.
    const big = { ...pod, metadata: { name: 'too-big' }, spec: { containers: [{ name: 'app', image: 'nginx:1.27', resources: { limits: { cpu: '3', memory: '64Mi' } } }] } };
    const refused = await api('mutation($p: String!, $y: String!) { applyYaml(project: $p, yaml: $y) { name } }', { p: PROJECT, y: JSON.stringify(big) });
    assert.equal(refused.errors?.[0]?.extensions?.reason, 'QUOTA_EXCEEDED');
    assert.equal(refused.errors?.[0]?.extensions?.resource, 'limits.cpu');

    // Default container resources.
    await page.getByTestId('limit-defaultLimitCpu').fill('250m');
    await page.getByTestId('limit-defaultLimitMemory').fill('128Mi');
    await page.getByTestId('limits-save').click();
    await page.getByTestId('limits-saved').waitFor();
    const lr = await mustApi('query($p: String!) { project(name: $p) { limitRange { defaultLimitCpu defaultLimitMemory } } }', { p: PROJECT });
    assert.deepEqual(lr.project.limitRange, { defaultLimitCpu: '250m', defaultLimitMemory: '128Mi' });

    // Isolation on: the NetworkPolicy exists in the cluster; off: gone.
    assert.equal(await page.getByTestId('isolation-state').getAttribute('data-enabled'), 'false');
    await page.getByTestId('isolation-toggle').click();
    await page.locator('[data-testid=isolation-state][data-enabled=true]').waitFor();
    const np = await mustApi('query($p: String!) { kubeObject(kind: "NetworkPolicy", project: $p, name: "meridian-project-isolation") { name } }', { p: PROJECT });
    assert.equal(np.kubeObject?.name, 'meridian-project-isolation');
    await page.screenshot({ path: `${SHOTS}quotas-project.png`, fullPage: true });
    await page.getByTestId('isolation-toggle').click();
    await page.locator('[data-testid=isolation-state][data-enabled=false]').waitFor();
    assert.equal((await mustApi('query($p: String!) { project(name: $p) { networkIsolated } }', { p: PROJECT })).project.networkIsolated, false);

    // Workspace settings: a quota the workspace's projects do not fit (demo-project has no quota).
    await page.getByTestId('nav-workspace-quotas').click();
    await page.waitForURL(new RegExp(`/workspaces/${WORKSPACE}/settings/quotas$`));
    await page.getByTestId('workspace-quota-form').waitFor();
    await page.getByTestId('quota-add').click();
    await page.getByTestId('quota-resource-0').selectOption('limits.cpu');
    await page.getByTestId('quota-hard-0').fill('10');
    await page.getByTestId('quota-save').click();
    await page.getByTestId('quota-refused-resource').waitFor();
    assert.match((await page.getByTestId('quota-refused-resource').textContent()) ?? '', /CPU limits/);
    assert.match((await page.getByTestId('workspace-quota-form').locator('[role=alert][data-code=BAD_USER_INPUT]').textContent()) ?? '', /needs a quota for limits\.cpu/);
    await page.screenshot({ path: `${SHOTS}quotas-workspace.png`, fullPage: true });
  } catch (err) {
    await page.screenshot({ path: `${SHOTS}quotas-failure.png`, fullPage: true }).catch(() => undefined);
    throw err;
  } finally {
    await context.close();
  }
}, 180_000);
