/**
 * Issue #8, the console at scale: a project with 10,000 pods (kwok), its pods page in Debian's
 * Chromium. Prints
 * - interactive time of the pods page (goal ≤ 1.5 s): from navigation start to the first rows
 *   drawn with the main thread quiet (no long task for 500 ms afterwards), for a cold browser
 *   context (empty HTTP cache) and a warm reload, median and max of several runs;
 * - a scroll through the virtualized page: at every position, whether the rows drawn cover the
 *   visible box (a gap is a dropped row), and whether every row of the page was drawn, in order;
 * - paging through all 10,000 pods with Next: time per page (click to new rows), and whether the
 *   union of pages is every pod exactly once, in name order.
 *
 * Uses the running product at MERIDIAN_CONSOLE_URL (default http://127.0.0.1:3000) or starts one
 * (`scripts/start.ts --test`) and stops it after. Deletes its project at the end.
 *
 *   npx tsx web/bench/pods-console.ts            # MERIDIAN_BENCH_CONSOLE_PODS=10000 by default
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '@meridian/core';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName } from '@meridian/core/kube/testing';
import { kubeRequest } from '@meridian/core/kube/transport';

const CONSOLE = (process.env.MERIDIAN_CONSOLE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const API = process.env.NEXT_PUBLIC_MERIDIAN_API ?? 'http://127.0.0.1:4000/graphql';
const CHROMIUM = process.env.MERIDIAN_CHROMIUM ?? '/usr/bin/chromium';
const PODS = Number(process.env.MERIDIAN_BENCH_CONSOLE_PODS ?? 10_000);
const RUNS = Number(process.env.MERIDIAN_BENCH_CONSOLE_RUNS ?? 5);
const CONCURRENCY = 48;
const WORKSPACE = 'demo';
const ADMIN = { username: 'admin', password: 'Meridian@2026' };
/** The main thread counts as quiet after this long without a long task (Lighthouse's TTI uses 5 s of network and CPU quiet; we have no network to wait for after the data). */
const QUIET_MS = 500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

async function pool(n: number, work: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, n) }, async () => {
    while (next < n) await work(next++);
  }));
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(3000) }).then((r) => r.status < 500, () => false);
}

/** The product: the running one, or one started here (killed with its process group at the end). */
async function ensureProduct(): Promise<ChildProcess | undefined> {
  if (await answers(`${CONSOLE}/login`)) return undefined;
  console.log('no console running: starting the product (scripts/start.ts --test)');
  const child = spawn('npx', ['tsx', 'scripts/start.ts', '--test'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null) throw new Error(`the product exited (${child.exitCode})`);
    if (await answers(`${CONSOLE}/login`)) return child;
    await sleep(1000);
  }
  throw new Error('the product did not start in 15 minutes');
}

async function gql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(API, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
  return body.data;
}

/**
 * Runs in the page before any script: records when the first pod row appears and every long
 * task (over 50 ms of main-thread work), so interactive time is read from the page's own clock.
 */
function recordPaint() {
  const w = window as unknown as { __bench: { firstRow?: number; longTasks: { start: number; end: number }[] } };
  w.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=object-row]')) {
      w.__bench.firstRow = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Navigation start to first rows, and to the end of the last long task before QUIET_MS of quiet. */
async function interactiveTime(page: Page, url: string): Promise<{ firstRow: number; interactive: number }> {
  await page.goto(url);
  await page.locator('[data-testid=object-row]').first().waitFor({ timeout: 60_000 });
  for (;;) {
    const state = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { firstRow: number; longTasks: { start: number; end: number }[] } }).__bench;
      const lastEnd = Math.max(b.firstRow, ...b.longTasks.map((t) => t.end));
      return { firstRow: b.firstRow, interactive: lastEnd, now: performance.now() };
    });
    if (state.now - state.interactive >= QUIET_MS) return { firstRow: state.firstRow, interactive: state.interactive };
    await sleep(100);
  }
}

/** The names of the rows drawn, and whether they cover the scroller's visible box without a gap. */
async function drawnRows(page: Page): Promise<{ names: string[]; covered: boolean }> {
  return page.evaluate(() => {
    const box = document.querySelector('.table-scroll') as HTMLElement;
    const view = box.getBoundingClientRect();
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const rows = [...box.querySelectorAll('[data-testid=object-row]')] as HTMLElement[];
    const names = rows.map((r) => r.dataset.name ?? '');
    // Every pixel row of the box below the sticky header must be inside a drawn row (unless the
    // table ends above it).
    const spans = rows.map((r) => r.getBoundingClientRect()).map((r) => [r.top, r.bottom] as const);
    let y = view.top + head;
    const bottom = Math.min(view.bottom, spans.length ? Math.max(...spans.map((s) => s[1])) : view.top);
    for (const [top, end] of spans.sort((a, b) => a[0] - b[0])) {
      if (end <= y) continue;
      if (top > y + 1) break;
      y = end;
    }
    const tableBottom = (box.querySelector('table') as HTMLElement).getBoundingClientRect().bottom;
    return { names, covered: y >= bottom - 1 || y >= tableBottom - 1 };
  });
}

/** Scrolls the page's table from top to bottom in `step` pixel steps, checking every position. */
async function scrollThrough(page: Page, step: number): Promise<{ positions: number; gaps: number; seen: string[] }> {
  const height = await page.evaluate(() => {
    const box = document.querySelector('.table-scroll') as HTMLElement;
    box.scrollTop = 0;
    return box.scrollHeight;
  });
  const seen: string[] = [];
  let gaps = 0;
  let positions = 0;
  for (let top = 0; top <= height; top += step) {
    await page.evaluate((y) => {
      (document.querySelector('.table-scroll') as HTMLElement).scrollTop = y;
    }, top);
    // One frame: what the user sees right after the scroll.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const drawn = await drawnRows(page);
    positions++;
    if (!drawn.covered) gaps++;
    for (const n of drawn.names) if (!seen.includes(n)) seen.push(n);
  }
  return { positions, gaps, seen };
}

const kc = labKubeConfig(labKubeconfigPath());
const project = uniqueName('bench-console');
let product: ChildProcess | undefined;
let context: BrowserContext | undefined;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  product = await ensureProduct();
  const { login } = await gql<{ login: { token: string } }>(null, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: ADMIN.username, p: ADMIN.password });

  // The project: a namespace of the demo workspace, its pods bound to kwok nodes.
  const nodeList = await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: '/api/v1/nodes', query: { labelSelector: 'type=kwok' } });
  const nodes = nodeList.items.map((n) => n.metadata.name);
  await createNamespace(kc, project, WORKSPACE);
  await kubeRequest(kc, { method: 'POST', path: `/api/v1/namespaces/${project}/serviceaccounts`, body: { metadata: { name: 'default' } } }).catch(() => undefined);
  let t = performance.now();
  const digits = String(PODS - 1).length;
  await pool(PODS, (i) => createPod(kc, project, `pod-${String(i).padStart(digits, '0')}`, { labels: { app: `app-${i % 5}` }, nodeName: nodes[i % nodes.length] }));
  console.log(`created ${PODS} pods in ${project} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  for (let seen = 0; seen < PODS; await sleep(500)) {
    seen = (await gql<{ project: { pods: { totalCount: number } } }>(login.token, 'query($p: String!) { project(name: $p) { pods { totalCount } } }', { p: project })).project.pods.totalCount;
  }

  // A browser context that is signed in: log in once through the form, keep the stored session.
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const loginPage = await context.newPage();
  await loginPage.goto(`${CONSOLE}/login`);
  await loginPage.locator('input[name=username]').fill(ADMIN.username);
  await loginPage.locator('input[name=password]').fill(ADMIN.password);
  await loginPage.locator('button[type=submit]').click();
  await loginPage.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 30_000 });
  const session = await loginPage.evaluate(() => localStorage.getItem('meridian.session'));
  await context.close();

  const url = `${CONSOLE}/workspaces/${WORKSPACE}/projects/${project}/resources/pods`;
  const cold: { firstRow: number; interactive: number }[] = [];
  const warm: { firstRow: number; interactive: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript((s) => s && localStorage.setItem('meridian.session', s), session);
    await context.addInitScript(recordPaint);
    const page = await context.newPage();
    cold.push(await interactiveTime(page, url));
    warm.push(await interactiveTime(page, url));
    await context.close();
  }
  const report = (label: string, xs: { firstRow: number; interactive: number }[]) =>
    console.log(`${label}: first rows ${ms(median(xs.map((x) => x.firstRow)))} median, interactive ${ms(median(xs.map((x) => x.interactive)))} median / ${ms(Math.max(...xs.map((x) => x.interactive)))} max (n=${xs.length}; goal ≤ 1500 ms)`);
  console.log(`pods page of a project with ${PODS} pods (100 rows a page, virtualized), Chromium headless:`);
  report('  cold context', cold);
  report('  warm reload ', warm);

  // Scroll and page with one context.
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript((s) => s && localStorage.setItem('meridian.session', s), session);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid=object-row]').first().waitFor({ timeout: 60_000 });
  const firstPage = (await gql<{ project: { pods: { nodes: { name: string }[] } } }>(login.token, 'query($p: String!) { project(name: $p) { pods(first: 100, sort: { field: NAME }) { nodes { name } } } }', { p: project })).project.pods.nodes.map((p) => p.name);
  for (const [label, step] of [['slow scroll (half a screen a step)', 300], ['fast scroll (two screens a step)', 1400]] as const) {
    const s = await scrollThrough(page, step);
    const inOrder = s.seen.length === firstPage.length && s.seen.every((n, i) => n === firstPage[i]);
    console.log(`${label}: ${s.positions} positions, ${s.gaps} with a gap in the drawn rows; rows drawn ${s.seen.length}/${firstPage.length}${inOrder ? ', in order' : ', NOT the page in order'}`);
  }

  const all: string[] = [];
  const pageTimes: number[] = [];
  const range = async () => {
    const text = (await page.getByTestId('pager-range').innerText()).replace(/[,\s]/g, '');
    const [, from, to, total] = /(\d+)\D+(\d+)\D+(\d+)/.exec(text) ?? [];
    return { text, from: Number(from), to: Number(to), total: Number(total) };
  };
  for (;;) {
    const names = (await scrollThrough(page, 1400)).seen;
    all.push(...names);
    const shown = await range();
    if (process.env.MERIDIAN_BENCH_DEBUG) console.log(`  page ${shown.text}: ${names.length} rows, ${names[0]} .. ${names.at(-1)}`);
    if (shown.to >= shown.total) break;
    // The pager is busy while a page loads or a live update refetches: wait until Next can be clicked.
    await page.waitForFunction(() => !(document.querySelector('[data-testid=pager-next]') as HTMLButtonElement | null)?.disabled);
    t = performance.now();
    await page.getByTestId('pager-next').click();
    // The next page has come when the range moved on and its first row sorts after the last
    // page's last row (a live refetch of the same page keeps the list aria-busy now and then, so
    // busy is not waited for: at 10,000 changing pods it is rarely false for long).
    await page.waitForFunction(
      ({ prevRange, prevLast }) => {
        const row = document.querySelector('[data-testid=object-row]') as HTMLElement | null;
        const rangeNow = document.querySelector('[data-testid=pager-range]')?.textContent?.replace(/[,\s]/g, '');
        return !!row && (row.dataset.name ?? '') > prevLast && rangeNow !== prevRange;
      },
      { prevRange: shown.text, prevLast: names.at(-1) ?? '' },
      { timeout: 60_000 },
    );
    pageTimes.push(performance.now() - t);
  }
  const unique = new Set(all);
  const sorted = all.every((n, i) => i === 0 || all[i - 1] < n);
  console.log(`paging with Next through every pod: ${pageTimes.length + 1} pages, ${all.length} rows, ${unique.size} distinct of ${PODS}${sorted ? ', in name order' : ', NOT in name order'}; page change p50 ${ms(median(pageTimes))}, max ${ms(Math.max(...pageTimes))}`);
} finally {
  await context?.close().catch(() => undefined);
  await browser.close();
  await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${project}/pods`, query: { gracePeriodSeconds: 0 } }).catch(() => undefined);
  await deleteNamespace(kc, project);
  if (product?.pid) process.kill(-product.pid, 'SIGTERM');
}
