/**
 * Monitoring dashboards in Debian's Chromium against the running product (`scripts/start.ts`):
 * the admin opens demo-project's monitoring page from the sidebar, sees its eight charts drawn
 * (a canvas each, points from the lab's Prometheus) and its pods ranked, switches the time range
 * to the last 10 minutes (a new request with that window, charts drawn again), and opens the
 * Monitoring tab of Deployment `hello`.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, CONSOLE, SHOTS, freshPage, launchChromium, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const CHARTS = ['namespace_cpu_usage', 'namespace_memory_usage_wo_cache', 'namespace_net_bytes_received', 'namespace_net_bytes_transmitted', 'namespace_pod_running_count', 'namespace_pod_count', 'namespace_pod_restarts', 'namespace_pvc_bytes_total'];

let browser: Browser;

/** Waits until the chart has a drawn canvas and at least one point (Prometheus may need a few scrapes). */
async function drawn(page: Page, metric: string, timeoutMs = 60_000): Promise<number> {
  const chart = page.getByTestId(`chart-${metric}`);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const points = Number((await chart.getAttribute('data-points').catch(() => null)) ?? 0);
    if (points > 0 && (await chart.locator('canvas').count()) > 0) return points;
    await page.waitForTimeout(500);
  }
  throw new Error(`chart ${metric} was never drawn with points`);
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test('project dashboard: charts drawn from Prometheus, time range changed, pods ranked, a Deployment\'s Monitoring tab', async () => {
  const { context, page } = await freshPage(browser, { viewport: { width: 1360, height: 1000 } });
  /** The time windows the page asked the API for (the console sends variables with each persisted operation). */
  const windows: number[] = [];
  page.on('request', (req) => {
    const body = req.method() === 'POST' ? req.postData() : null;
    if (!body || !body.includes('lastSeconds')) return;
    const vars = (JSON.parse(body) as { variables?: { range?: { lastSeconds?: number } } }).variables;
    if (vars?.range?.lastSeconds) windows.push(vars.range.lastSeconds);
  });
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.getByTestId('nav-monitoring-project').click();
    await page.waitForURL(new RegExp(`/projects/${PROJECT}/monitoring$`));
    await page.getByTestId('project-monitoring').waitFor();

    // Eight charts, each a canvas; the running pods (Deployment hello's two) have points over the last hour.
    for (const metric of CHARTS) await page.getByTestId(`chart-${metric}`).locator('canvas').waitFor();
    for (const metric of ['namespace_cpu_usage', 'namespace_memory_usage_wo_cache', 'namespace_pod_running_count']) await drawn(page, metric);
    assert.ok(windows.includes(3600), `the page asked for the last hour: ${windows}`);
    const rows = page.getByTestId('ranking-POD').getByTestId('ranking-row');
    await rows.first().waitFor({ timeout: 60_000 });
    assert.ok((await rows.count()) >= 2, 'hello\'s pods are ranked');
    await page.screenshot({ path: `${SHOTS}monitoring-project.png`, fullPage: true });

    // Last 10 minutes: a new request with that window, charts drawn again.
    await page.getByTestId('range-10m').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=range-10m]')?.getAttribute('aria-pressed') === 'true');
    for (let i = 0; i < 40 && !windows.includes(600); i++) await page.waitForTimeout(250);
    assert.ok(windows.includes(600), `the page asked for the last 10 minutes: ${windows}`);
    assert.ok((await drawn(page, 'namespace_cpu_usage')) > 0);
    await page.screenshot({ path: `${SHOTS}monitoring-project-10m.png`, fullPage: true });

    // The Deployment's own Monitoring tab.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}/resources/deployments/hello`);
    await page.getByTestId('tab-monitoring').click();
    await page.getByTestId('object-monitoring').waitFor();
    await drawn(page, 'workload_cpu_usage');
  } finally {
    await context.close();
  }
});
