/**
 * Alerting in Debian's Chromium against the running product (`scripts/start.ts`), its real
 * Prometheus and Alertmanager: the admin adds a webhook channel to workspace `demo` (to the lab's
 * receiver) and test-sends it, then in demo-project's alerting page creates a rule in the editor
 * on this test's own pod (its preview shows the pod's current CPU), watches the alert turn FIRING
 * in the alerts list without a reload (alertsChanged), silences it, sees it silenced and listed,
 * opens the node rules page (platform admins) with the nodes' CPU in its preview, and cleans up.
 * The rule watches a pod of its own (kwok's simulated CPU set by annotation): other tests scale
 * and delete demo-project's workloads meanwhile, and an alert of a pod that went resolves.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { labKubeConfig } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../deploy/local/lib/endpoints.ts';
import { ADMIN, CONSOLE, SHOTS, freshPage, launchChromium, loginToken, must, sessionToken, signIn, until } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const s = randomBytes(3).toString('hex');
const CHANNEL = `e2e-hook-${s}`;
const RULE = `e2e-cpu-${s}`;
const POD = `e2e-alert-${s}`;
const kc = labKubeConfig();
const podPath = apiPath(Kinds.Pod, { namespace: PROJECT });

let browser: Browser;

beforeAll(async () => {
  // 250m of simulated CPU (the rule's threshold is 0.1 cores), bound to a kwok node by name: a
  // lab full of other tests' pods may have no room left for the scheduler to place it.
  const nodes = await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: '/api/v1/nodes', query: { labelSelector: 'type=kwok' } });
  await kubeRequest(kc, {
    method: 'POST',
    path: podPath,
    body: {
      metadata: { name: POD, annotations: { 'kwok.x-k8s.io/usage-cpu': '250m' } },
      spec: { nodeName: nodes.items[0].metadata.name, containers: [{ name: 'main', image: 'registry.local/meridian/demo:1' }] },
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  // What a failed run left (the test itself deletes both through the console).
  const token = await loginToken(ADMIN);
  const left = await must<{ alertRules: { id: string; name: string }[]; notificationChannels: { id: string; name: string }[] }>(
    token,
    'query($p: String, $w: String) { alertRules(project: $p) { id name } notificationChannels(workspace: $w) { id name } }',
    { p: PROJECT, w: WORKSPACE },
  );
  for (const r of left.alertRules.filter((r) => r.name === RULE)) await must(token, 'mutation($id: ID!) { deleteAlertRule(id: $id) }', { id: r.id });
  for (const c of left.notificationChannels.filter((c) => c.name === CHANNEL)) await must(token, 'mutation($id: ID!) { deleteNotificationChannel(id: $id) }', { id: c.id });
  await kubeRequest(kc, { method: 'DELETE', path: `${podPath}/${POD}`, query: { gracePeriodSeconds: '0' } }).catch(() => undefined);
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
    await row.locator('[data-status=SENT]').waitFor({ timeout: 60_000 });

    // The pod's CPU reaches Prometheus two scrapes after it runs (a loaded lab takes longer).
    const token = await sessionToken(page);
    await until('the pod\'s CPU in Prometheus', async () => {
      const d = await must<{ alertMetricPreview: { value: number }[] }>(token, `query($p: String) { alertMetricPreview(scope: PROJECT, project: $p, metric: "pod_cpu_usage", target: "${POD}") { value } }`, { p: PROJECT });
      return (d.alertMetricPreview[0]?.value ?? 0) > 0.1;
    }, 180_000);

    // The rule editor, with the current value of the pod.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.getByTestId('nav-alerting-project').click();
    await page.waitForURL(new RegExp(`/projects/${PROJECT}/alerting$`));
    const editor = page.getByTestId('alert-rule-editor');
    await editor.waitFor();
    await page.getByTestId('rule-name').fill(RULE);
    await page.getByTestId('rule-metric').selectOption('pod_cpu_usage');
    await page.getByTestId('rule-target').fill(POD);
    await page.getByTestId('rule-preview-value').filter({ hasText: `${POD} = ` }).waitFor({ timeout: 60_000 });
    await page.getByTestId('rule-condition').selectOption('GT');
    await page.getByTestId('rule-threshold').fill('0.1');
    await page.getByTestId('rule-for').fill('0');
    await page.getByTestId(`rule-channel-${CHANNEL}`).check();
    await page.getByTestId('rule-create').click();
    await page.locator(`[data-testid=alert-rule][data-rule="${RULE}"]`).waitFor();

    // Its alert arrives in the list live (no reload), FIRING.
    const firing = page.locator(`[data-testid=alerts-table] tr[data-rule="${RULE}"][data-state=FIRING]`).filter({ hasText: POD });
    await firing.first().waitFor({ timeout: 120_000 });
    await page.screenshot({ path: `${SHOTS}alerting-firing.png` });

    // Silenced for an hour: the silence is listed, and the alert shows it (live) at the subgraph's next poll.
    await firing.first().getByTestId('alert-silence').click();
    await page.locator(`[data-testid=alert-silence-row][data-rule="${RULE}"][data-state=active]`).first().waitFor({ timeout: 60_000 });
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
}, 480_000);
