/**
 * Log search in Debian's Chromium against the running product (`scripts/start.ts`), on lines the
 * product's own pipeline collected: a project of the test's own runs a two-pod Deployment whose
 * lab containers write realistic lines; the collector follows them through the kubelet log API
 * into Kafka, the indexer into Elasticsearch. The admin opens the project's Logs page from the
 * sidebar, searches a keyword (hits marked), narrows to one pod, sees the histogram drawn, opens a
 * hit's context, and switches to live mode where the pod's new lines appear without a reload; then
 * opens the project's event history.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, CONSOLE, SHOTS, call, freshPage, launchChromium, loginToken, must, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = `e2e-logs-${randomBytes(3).toString('hex')}`;
// Most lines a lab container prints are requests ("GET /api/... HTTP/1.1" 200 ...).
const KEYWORD = 'get';

let browser: Browser;
let admin: string;

beforeAll(async () => {
  admin = await loginToken(ADMIN);
  await must(admin, 'mutation($w:String!,$n:String!){createProject(workspace:$w,name:$n){name}}', { w: WORKSPACE, n: PROJECT });
  await must(admin, 'mutation($p:String!,$i:DeploymentInput!){createDeployment(project:$p,input:$i){name}}', {
    p: PROJECT,
    i: { name: 'shop', replicas: 2, template: { containers: [{ image: 'registry.local/meridian/demo:1' }] } },
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await call(admin, 'mutation($n:String!){deleteProject(name:$n,confirm:$n)}', { n: PROJECT });
});

/** Searches until rows come (the pods' first lines take a few seconds to be collected). */
async function searchUntilRows(page: Page, timeoutMs = 90_000): Promise<number> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    await page.getByTestId('logs-search').click();
    await page.waitForTimeout(1500);
    const rows = await page.getByTestId('log-row').count();
    if (rows > 0) return rows;
  }
  throw new Error('the search never showed a line');
}

test('search a keyword, narrow by pod, histogram, context, live mode', { timeout: 240_000 }, async () => {
  const { context, page } = await freshPage(browser, { viewport: { width: 1360, height: 1000 } });
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.getByTestId('nav-logs-project').click();
    await page.waitForURL(new RegExp(`/projects/${PROJECT}/logs$`));
    await page.getByTestId('log-search').waitFor();

    // A keyword: every hit contains it, marked.
    await page.getByTestId('logs-filter-keyword').fill(KEYWORD);
    await searchUntilRows(page);
    const marks = await page.getByTestId('log-highlight').allInnerTexts();
    assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === KEYWORD), `marked: ${marks.slice(0, 5).join(', ')}`);
    const pods = await page.getByTestId('log-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pod') ?? ''));
    const pod = pods[0];

    // Narrowed to one pod: only its lines.
    await page.getByTestId('logs-filter-pod').fill(pod);
    await searchUntilRows(page);
    const narrowed = await page.getByTestId('log-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pod') ?? ''));
    assert.ok(narrowed.length > 0 && narrowed.every((p) => p === pod), `pods after narrowing: ${[...new Set(narrowed)].join(', ')}`);

    // The histogram: drawn, with points.
    const histogram = page.getByTestId('logs-histogram');
    await histogram.locator('canvas').first().waitFor();
    assert.ok(Number(await histogram.getAttribute('data-points')) > 0);

    // Context of the first hit: the container's lines around it.
    await page.getByTestId('log-context-toggle').first().click();
    const ctx = page.getByTestId('log-context').first();
    await ctx.waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-testid=log-context]')?.querySelectorAll('.log-line').length ?? 0) > 0, undefined, { timeout: 15_000 });
    await page.screenshot({ path: `${SHOTS}logs-search.png`, fullPage: true });

    // Live: the pod's new lines arrive without a reload (its container keeps writing).
    await page.getByTestId('logs-filter-keyword').fill('');
    await page.getByTestId('logs-search').click();
    const url = page.url();
    await page.getByTestId('logs-live').check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=log-live-row]').length >= 2, undefined, { timeout: 90_000 });
    const live = await page.getByTestId('log-live-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pod') ?? ''));
    assert.ok(live.every((p) => p === pod), `live pods: ${[...new Set(live)].join(', ')}`);
    assert.equal(page.url(), url, 'no navigation');
    await page.screenshot({ path: `${SHOTS}logs-live.png`, fullPage: true });

    // Event history: the project's Kubernetes Events as exported to Elasticsearch.
    await page.getByTestId('nav-events-project').click();
    await page.waitForURL(new RegExp(`/projects/${PROJECT}/events$`));
    await page.getByTestId('event-history-item').first().waitFor({ timeout: 60_000 });
  } finally {
    await context.close();
  }
});
