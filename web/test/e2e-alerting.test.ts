/**
 * Alerting in Debian's Chromium against the running product (`scripts/start.ts`), its real
 * Prometheus and Alertmanager: the admin adds a webhook channel to workspace `demo` (to the lab's
 * receiver) and test-sends it, then in demo-project's alerting page creates a rule in the editor
 * (its preview shows the pods' current CPU), watches its alerts turn FIRING in the alerts list
 * without a reload (alertsChanged), silences one, sees it silenced and listed, opens the node
 * rules page (platform admins) with the nodes' CPU in its preview, and cleans up.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { labEndpoints } from '../../deploy/local/lib/endpoints.ts';
import { ADMIN, CONSOLE, SHOTS, freshPage, launchChromium, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const s = randomBytes(3).toString('hex');
const CHANNEL = `e2e-hook-${s}`;
const RULE = `e2e-cpu-${s}`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test('a rule made in the editor fires in the alerts list without a reload, and is silenced', async () => {
  const { context, page } = await freshPage(browser, { viewport: { width: 1360, height: 1000 } });
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    // A webhook channel of the workspace, test-sent to the lab's receiver.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.getByTestId('nav-alerting-channels').click();
    await page.getByTestId('channels-view').waitFor();
    await page.getByTestId('channel-name').fill(CHANNEL);
    await page.getByTestId('channel-type').selectOption('WEBHOOK');
    await page.getByTestId('channel-url').fill(`${labEndpoints('smtp').hooks}/${CHANNEL}?token=${s}`);
    await page.getByTestId('channel-create').click();
    const row = page.locator(`[data-testid=channel-row][data-channel="${CHANNEL}"]`);
    await row.waitFor();
    assert.ok(!(await row.innerText()).includes(`token=${s}`), 'the token is not shown');
    await row.getByTestId('channel-test').click();
    await row.locator('[data-status=SENT]').waitFor({ timeout: 20_000 });

    // The rule editor, with the current values of the project's pods.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.getByTestId('nav-alerting-project').click();
    await page.waitForURL(new RegExp(`/projects/${PROJECT}/alerting$`));
    const editor = page.getByTestId('alert-rule-editor');
    await editor.waitFor();
    await page.getByTestId('rule-preview-value').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('rule-name').fill(RULE);
    await page.getByTestId('rule-metric').selectOption('pod_cpu_usage');
    await page.getByTestId('rule-condition').selectOption('GT');
    await page.getByTestId('rule-threshold').fill('0');
    await page.getByTestId('rule-for').fill('0');
    await page.getByTestId(`rule-channel-${CHANNEL}`).check();
    await page.getByTestId('rule-create').click();
    await page.locator(`[data-testid=alert-rule][data-rule="${RULE}"]`).waitFor();

    // Its alerts arrive in the list live (no reload), FIRING.
    const firing = page.locator(`[data-testid=alerts-table] tr[data-rule="${RULE}"][data-state=FIRING]`);
    await firing.first().waitFor({ timeout: 90_000 });
    await page.screenshot({ path: `${SHOTS}alerting-firing.png` });

    // Silenced for an hour: the silence is listed, and the alert shows it once Alertmanager holds it back.
    await firing.first().getByTestId('alert-silence').click();
    await page.locator(`[data-testid=alert-silence-row][data-rule="${RULE}"][data-state=active]`).first().waitFor({ timeout: 20_000 });
    await page.locator(`[data-testid=alerts-table] tr[data-rule="${RULE}"]`).filter({ hasText: 'silenced' }).first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}alerting-silenced.png` });

    // Platform admins: node rules, with the nodes' current CPU in the editor's preview.
    await page.getByTestId('nav-alerting-cluster').click();
    await page.waitForURL(/\/cluster\/alerting$/);
    await page.getByTestId('alerting-scope-NODE').waitFor();
    await page.getByTestId('rule-metric').selectOption('node_cpu_utilisation');
    await page.getByTestId('rule-preview-value').first().waitFor({ timeout: 60_000 });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/alerting`);
    await page.locator(`[data-testid=alert-silence-row][data-rule="${RULE}"][data-state=active]`).first().waitFor();

    // Clean up: expire the silence, delete the rule and the channel.
    await page.locator(`[data-testid=alert-silence-row][data-rule="${RULE}"][data-state=active]`).first().getByTestId('silence-expire').click();
    await page.locator(`[data-testid=alert-rule][data-rule="${RULE}"]`).getByTestId('alert-rule-delete').click();
    await page.locator(`[data-testid=alert-rule][data-rule="${RULE}"]`).waitFor({ state: 'detached' });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/settings/notifications`);
    await page.locator(`[data-testid=channel-row][data-channel="${CHANNEL}"]`).getByTestId('channel-delete').click();
    await page.locator(`[data-testid=channel-row][data-channel="${CHANNEL}"]`).waitFor({ state: 'detached' });
  } catch (err) {
    await page.screenshot({ path: `${SHOTS}alerting-failure.png` }).catch(() => undefined);
    throw err;
  } finally {
    await context.close();
  }
}, 300_000);
