/**
 * Log search in Debian's Chromium against the running product (`scripts/start.ts`): the admin
 * opens demo-project's Logs page from the sidebar, searches a keyword (hits marked), narrows to
 * one pod, sees the histogram drawn, opens a hit's context, and switches to live mode where new
 * lines appear without a reload; then opens the project's event history. The test writes its own lines as the pipeline would (indexed
 * into the lab's Elasticsearch in the pipeline's shape, published to Kafka meridian.logs for live
 * mode), so it does not depend on the collector's pace on a loaded machine.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { Client } from '@elastic/elasticsearch';
import type { Producer } from 'kafkajs';
import { createLogger } from '@meridian/core';
import { createKafka, idempotentProducer, sendAll } from '@meridian/core/kafka/index';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { dailyIndex, LOG_TOPIC, logDocument, recordId, type LogRecord } from '../../subgraphs/logging/src/pipeline/log-record.ts';
import { labEndpoints } from '../../deploy/local/lib/endpoints.ts';
import { ADMIN, CONSOLE, SHOTS, freshPage, launchChromium, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const RUN = randomBytes(3).toString('hex');
const KEYWORD = `checkout${RUN}`;
const PODS = [`e2e-logs-${RUN}-a`, `e2e-logs-${RUN}-b`];

let browser: Browser;
let es: Client;
let producer: Producer;
let seq = 0;

function record(pod: string, message: string, at = new Date()): LogRecord {
  const time = at.toISOString();
  const ordinal = seq++;
  return { id: recordId(`uid-${pod}`, 'app', time, ordinal), time, namespace: PROJECT, pod, podUid: `uid-${pod}`, container: 'app', node: 'node-0', message, ordinal };
}

/** Lines of both pods over the last minutes, each pod's with the keyword between plain ones. */
async function indexLines(): Promise<void> {
  const now = Date.now();
  const records = PODS.flatMap((pod, p) =>
    Array.from({ length: 12 }, (_, i) => {
      const at = new Date(now - (12 - i) * 20_000 - p * 1000);
      return record(pod, i % 3 === 1 ? `INFO  http: POST /${KEYWORD} 200 seq=${i}` : `DEBUG cache: hit key=cart:${i} seq=${i}`, at);
    }),
  );
  await es.bulk({ refresh: 'wait_for', operations: records.flatMap((r) => [{ index: { _index: dailyIndex(r.time), _id: r.id } }, logDocument(r)]) });
}

beforeAll(async () => {
  browser = await launchChromium();
  es = new Client({ node: labEndpoints('elasticsearch').url });
  await indexLines();
  producer = idempotentProducer(createKafka({ brokers: labKafkaBrokers(), clientId: 'e2e-logs', log: createLogger('e2e-logs') }));
  await producer.connect();
});

afterAll(async () => {
  await browser?.close();
  await producer?.disconnect();
  await es?.deleteByQuery({ index: 'logstash-*', query: { terms: { 'kubernetes.pod_name.keyword': PODS } }, refresh: true }).catch(() => undefined);
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

    // Live: new lines of the pod arrive without a reload.
    await page.getByTestId('logs-filter-keyword').fill('');
    await page.getByTestId('logs-search').click();
    const url = page.url();
    await page.getByTestId('logs-live').check();
    // New lines of both pods, as the collector publishes them, until two of the pod's have shown.
    let n = 0;
    const writer = setInterval(() => {
      n++;
      void sendAll(producer, LOG_TOPIC, PODS.map((p) => record(p, `INFO  http: GET /live/${n} 200`)).map((r) => ({ key: `${r.namespace}/${r.pod}/${r.container}`, value: JSON.stringify(r) }))).catch(() => undefined);
    }, 700);
    try {
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=log-live-row]').length >= 2, undefined, { timeout: 90_000 });
    } finally {
      clearInterval(writer);
    }
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
