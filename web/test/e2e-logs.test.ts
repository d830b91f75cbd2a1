/**
 * Log search in Debian's Chromium against the running product (`scripts/start.ts`, whose logging
 * process runs the collection pipeline: the lab's containers → Kafka → Elasticsearch): the admin
 * opens demo-project's Logs page from the sidebar, searches a keyword (hits marked), narrows to
 * one pod, sees the histogram drawn, opens a hit's context, and switches to live mode where new
 * lines appear without a reload.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const CONSOLE = (process.env.MERIDIAN_CONSOLE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const CHROMIUM = process.env.MERIDIAN_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const ADMIN = { username: 'admin', password: 'Meridian@2026' };
const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const KEYWORD = 'http';

let browser: Browser;

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3000) })).status < 500;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  let up = false;
  for (let i = 0; i < 30 && !up; i++) {
    up = await reachable(`${CONSOLE}/login`);
    if (!up) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(up, `the console is not running at ${CONSOLE}: start the product first (npx tsx scripts/start.ts)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});

afterAll(async () => {
  await browser?.close();
});

/** Searches until rows come (the pipeline may still be catching up right after start). */
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
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'en' });
  const page = await context.newPage();
  try {
    await page.goto(`${CONSOLE}/login`);
    await page.locator('input[name=username]').fill(ADMIN.username);
    await page.locator('input[name=password]').fill(ADMIN.password);
    await page.locator('button[type=submit]').click();
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

    // Live: new lines of the pod arrive without a reload.
    await page.getByTestId('logs-filter-keyword').fill('');
    await page.getByTestId('logs-search').click();
    const url = page.url();
    await page.getByTestId('logs-live').check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=log-live-row]').length >= 2, undefined, { timeout: 90_000 });
    const live = await page.getByTestId('log-live-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pod') ?? ''));
    assert.ok(live.every((p) => p === pod), `live pods: ${[...new Set(live)].join(', ')}`);
    assert.equal(page.url(), url, 'no navigation');
    await page.screenshot({ path: `${SHOTS}logs-live.png`, fullPage: true });
  } finally {
    await context.close();
  }
});
