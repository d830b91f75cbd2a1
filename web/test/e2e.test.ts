/**
 * The console end to end, in Debian's Chromium against the running product (`scripts/start.ts`,
 * started by `npm test`): sign in, walk the wizard to the demo project, scale `hello` up and watch
 * new pods stream into the table with no reload, open a pod and read its logs; a wrong password
 * is refused; 中文 switches the UI. Screenshots go to web/test/screenshots/ (git-ignored).
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, API, CONSOLE, SHOTS, cuttableSockets, finish, freshPage, launchChromium, must, sessionToken, signIn } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const DEPLOYMENT = 'hello';

let browser: Browser;

beforeAll(async () => {
  // The product is started by the test command; launchChromium gives it a moment, then fails loudly if absent.
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Calls the gateway as the signed-in browser user (same token), from outside the page. */
const api = async <T>(page: Page, query: string, variables: Record<string, unknown>) => must<T>(await sessionToken(page), query, variables);

const SCALE = 'mutation($n:String!,$d:String!,$r:Int!){scaleDeployment(namespace:$n,name:$d,replicas:$r){name}}';

const podNames = (page: Page) =>
  page.locator('[data-testid=pod-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pod') ?? ''));
const tablePods = async (page: Page) => (await podNames(page)).filter((n) => n.startsWith(`${DEPLOYMENT}-`)).sort();

const DEPLOYMENT_PODS =
  'query($n:String!,$d:String!){deployment(namespace:$n,name:$d){replicas pods(first:200){nodes{name phase}}}}';
type DeploymentPods = { deployment: { replicas: number; pods: { nodes: { name: string; phase: string }[] } } };
const apiPods = async (page: Page) =>
  (await api<DeploymentPods>(page, DEPLOYMENT_PODS, { n: PROJECT, d: DEPLOYMENT })).deployment;

/**
 * Waits until the table lists exactly the deployment's pods as the API reports them. The lab's
 * cluster is shared and may replace pods at any time, so tests compare with the API rather than
 * with counts they remember.
 */
async function tableMatchesApi(page: Page, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [table, fromApi] = [await tablePods(page), (await apiPods(page)).pods.nodes.map((p) => p.name).sort()];
    if (table.join() === fromApi.join()) return table;
    if (Date.now() > deadline) assert.fail(`the table shows [${table}] but the API has [${fromApi}]`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Signs in through the API (not the UI) and returns what the console keeps in localStorage. */
async function apiSession(): Promise<string> {
  const login = 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token expiresAt user{username displayName platformRole}}}';
  return JSON.stringify((await must<{ login: unknown }>(null, login, { u: ADMIN.username, p: ADMIN.password })).login);
}

test('a cold load of a project page shows its pods quickly and ships little JavaScript', async () => {
  const session = await apiSession();
  const { context, page } = await freshPage(browser);
  let failed = true;
  try {
    await context.addInitScript((s) => localStorage.setItem('meridian.session', s), session);
    const t0 = Date.now();
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.locator('[data-testid=pod-row]').first().waitFor({ timeout: 20_000 });
    const ms = Date.now() - t0;
    const js = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
        .reduce((n, e) => n + (e as PerformanceResourceTiming).decodedBodySize, 0),
    );
    console.log(`cold project page to first pod row: ${ms} ms; JavaScript: ${Math.round(js / 1024)} KiB (uncompressed)`);
    // Budgets with headroom for a busy 2-core CI machine; a regression (a heavy dependency,
    // a waterfall of requests) breaks them. 850 KiB since the pages of every Kubernetes kind
    // (issue #8): the client preset puts every operation's document in the shared bundle
    // (gql.ts's map), about 75 KiB of them plus 30 KiB of strings; measured 760 KiB then.
    // 1,150 KiB since issues #9–#12 added some 150 operations and their strings to that shared
    // map and dictionary (measured 1,059 KiB): splitting the map per feature is the next step.
    assert.ok(js < 1150 * 1024, `the console ships ${Math.round(js / 1024)} KiB of JavaScript`);
    assert.ok(ms < 10_000, `the pods took ${ms} ms to show`);
    failed = false;
  } finally {
    await finish(context, page, 'cold-load', failed);
  }
});

test('when the usage query fails, the pod table still shows, with a banner saying why', async () => {
  const session = await apiSession();
  const { context, page } = await freshPage(browser);
  let failed = true;
  try {
    await context.addInitScript((s) => localStorage.setItem('meridian.session', s), session);
    // Fault injection: the network drops exactly the request that asks Prometheus for usage.
    await page.route(API, (route) =>
      route.request().postData()?.includes('ProjectPodMetrics') ? route.abort('connectionreset') : route.fallback(),
    );
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.locator('[data-testid=pod-row]').first().waitFor({ timeout: 20_000 });
    await page.locator('[role=alert][data-code=NETWORK]').waitFor({ timeout: 10_000 });
    assert.ok((await page.locator('[data-testid=pod-row]').count()) >= 1);
    await page.screenshot({ path: `${SHOTS}partial-data.png` });
    failed = false;
  } finally {
    await finish(context, page, 'partial-data', failed);
  }
});

test('a wrong password shows an error and no session', async () => {
  const { context, page } = await freshPage(browser);
  let failed = true;
  try {
    // Not admin's name: tenancy locks a username after 10 failures in 15 minutes, and repeated
    // runs must not lock the account every other test signs in with. The API answers a wrong
    // password and an unknown user identically (on purpose), so the console path is the same.
    await signIn(page, `e2e-nobody-${Math.random().toString(36).slice(2, 8)}`, 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor({ timeout: 15_000 });
    assert.match(await error.innerText(), /wrong username or password/i);
    assert.ok(new URL(page.url()).pathname.startsWith('/login'));
    assert.equal(await page.evaluate(() => localStorage.getItem('meridian.session')), null);
    await page.screenshot({ path: `${SHOTS}login-error.png` });
    failed = false;
  } finally {
    await finish(context, page, 'login-error', failed);
  }
});

test('switching to 中文 changes the UI text, and the choice is kept', async () => {
  const { context, page } = await freshPage(browser, { locale: 'en-US' });
  let failed = true;
  try {
    await page.goto(`${CONSOLE}/login`);
    await page.getByRole('heading', { name: 'Sign in to Meridian' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '登录 Meridian' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('button[type=submit]').innerText(), '登录');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    await page.reload();
    await page.getByRole('heading', { name: '登录 Meridian' }).waitFor({ timeout: 10_000 });
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { name: '选择企业空间' }).waitFor({ timeout: 20_000 });
    await page.getByRole('navigation').getByText('企业空间').first().waitFor();
    await page.locator('[data-testid=workspace-card]').first().waitFor();
    await page.screenshot({ path: `${SHOTS}zh-workspaces.png` });
    await page.locator(`[data-testid=workspace-card][href="/workspaces/${WORKSPACE}"]`).click();
    await page.locator(`[data-testid=project-card][href="/workspaces/${WORKSPACE}/projects/${PROJECT}"]`).click();
    await page.getByRole('tab', { name: '容器组' }).waitFor({ timeout: 20_000 });
    await page.getByRole('columnheader', { name: '状态' }).waitFor();
    await page.locator('[data-testid=pod-row]').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}zh-project.png` });
    failed = false;
  } finally {
    await finish(context, page, 'zh', failed);
  }
});

test('an expired or revoked token leads to the login page once, not into a loop', async () => {
  const { context, page } = await freshPage(browser);
  let failed = true;
  try {
    await page.goto(`${CONSOLE}/login`);
    await page.getByRole('heading', { name: 'Sign in to Meridian' }).waitFor({ timeout: 20_000 });
    await page.evaluate(() =>
      localStorage.setItem(
        'meridian.session',
        JSON.stringify({
          token: 'revoked-or-forged-token',
          expiresAt: new Date(Date.now() + 3600_000).toISOString(),
          user: { username: 'admin', displayName: 'admin', platformRole: 'PLATFORM_ADMIN' },
        }),
      ),
    );
    // Count arrivals at /login (a loop would leave it and come back); Next's own history
    // bookkeeping on the same path is not an arrival.
    const paths: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) paths.push(new URL(frame.url()).pathname);
    });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}`);
    await page.getByRole('heading', { name: 'Sign in to Meridian' }).waitFor({ timeout: 20_000 });
    await page.getByText('Your session ended').waitFor();
    await page.waitForTimeout(3000); // a loop would keep navigating during this time
    const arrivals = paths.filter((p, i) => p === '/login' && paths[i - 1] !== '/login').length;
    assert.equal(arrivals, 1, `arrived at the login page ${arrivals} times: ${paths.join(' → ')}`);
    assert.equal(new URL(page.url()).pathname, '/login');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('next'), `/workspaces/${WORKSPACE}`);
    assert.equal(await page.evaluate(() => localStorage.getItem('meridian.session')), null);
    await page.screenshot({ path: `${SHOTS}session-expired.png` });
    failed = false;
  } finally {
    await finish(context, page, 'expired', failed);
  }
});

test('sign in, open the demo project, scale hello up, see new pods live, read a pod log', async () => {
  const { context, page } = await freshPage(browser);
  let restoreReplicas: number | null = null;
  let failed = true;
  try {
    const t0 = Date.now();
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { name: 'Choose a workspace' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}workspaces.png` });

    await page.locator(`[data-testid=workspace-card][href="/workspaces/${WORKSPACE}"]`).click();
    await page.locator(`[data-testid=project-card][href="/workspaces/${WORKSPACE}/projects/${PROJECT}"]`).click();
    await page.waitForURL(`**/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.locator(`[data-testid=pod-row][data-pod^="${DEPLOYMENT}-"]`).first().waitFor({ timeout: 30_000 });
    console.log(`sign-in to pod table visible: ${Date.now() - t0} ms`);
    await page.locator('[data-testid=live-indicator][data-live=true]').waitFor({ timeout: 15_000 });
    const before = await tableMatchesApi(page, 15_000);
    await page.screenshot({ path: `${SHOTS}pods-before.png` });

    // Anything that reloads the document would drop this marker and fire `load`.
    await page.evaluate(() => ((window as unknown as { __e2e: string }).__e2e = 'same-document'));
    let loads = 0;
    page.on('load', () => loads++);

    // Scale through the UI dialog.
    await page.getByRole('tab', { name: 'Deployments' }).click();
    const row = page.locator(`[data-testid=deployment-row][data-deployment=${DEPLOYMENT}]`);
    await row.waitFor();
    const current = Number(await row.locator('td').nth(1).innerText());
    const target = current + 1;
    restoreReplicas = current;
    await row.getByRole('button', { name: 'Scale' }).click();
    const dialog = page.getByRole('dialog');
    const input = dialog.locator('input[name=replicas]');
    await input.fill('-3');
    await dialog.getByTestId('scale-invalid').waitFor();
    assert.ok(await dialog.getByRole('button', { name: 'Apply' }).isDisabled(), 'invalid input cannot be applied');
    await input.fill(String(target));
    await page.screenshot({ path: `${SHOTS}scale-dialog.png` });
    const tScale = Date.now();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForFunction(
      ({ name, want }) =>
        document.querySelectorAll(`[data-testid=deployment-row][data-deployment="${name}"] td`)[1]?.textContent === String(want),
      { name: DEPLOYMENT, want: target },
      { timeout: 15_000 },
    );
    assert.equal((await apiPods(page)).replicas, target, 'the API took the new replica count');

    // New pods stream into the table: one that was not there before shows up, no reload.
    await page.getByRole('tab', { name: 'Pods' }).click();
    await page.waitForFunction(
      ({ prefix, known }) =>
        [...document.querySelectorAll(`[data-testid=pod-row][data-pod^="${prefix}"]`)].some(
          (r) => !known.includes(r.getAttribute('data-pod') ?? ''),
        ),
      { prefix: `${DEPLOYMENT}-`, known: before },
      { timeout: 30_000 },
    );
    console.log(`scale applied to new pod row visible: ${Date.now() - tScale} ms`);
    const afterUp = await tableMatchesApi(page, 30_000);
    assert.ok(afterUp.length >= target || afterUp.some((n) => !before.includes(n)));
    await page.screenshot({ path: `${SHOTS}pods-after-scale.png` });

    // Scale back from outside the page: only the subscription can tell the table about it.
    await api(page, SCALE, { n: PROJECT, d: DEPLOYMENT, r: current });
    restoreReplicas = null;
    const deadline = Date.now() + 30_000;
    while ((await apiPods(page)).pods.nodes.length > current) {
      assert.ok(Date.now() < deadline, 'the cluster did not remove the extra pod');
      await new Promise((r) => setTimeout(r, 300));
    }
    await tableMatchesApi(page, 15_000);

    assert.equal(await page.evaluate(() => (window as unknown as { __e2e?: string }).__e2e), 'same-document');
    assert.equal(loads, 0, 'the page was not reloaded');

    // Open a running pod and read its logs.
    const running = (await apiPods(page)).pods.nodes.find((p) => p.phase === 'Running');
    assert.ok(running, 'a hello pod is running');
    await page.locator(`[data-testid=pod-row][data-pod="${running.name}"] button`).click();
    const drawer = page.getByTestId('pod-drawer');
    await drawer.waitFor();
    assert.equal(new URL(page.url()).searchParams.get('pod'), running.name);
    await drawer.locator('.log-line').first().waitFor({ timeout: 30_000 });
    const lines = await drawer.locator('.log-line').count();
    assert.ok(lines > 0, 'log lines are shown');
    // Follow is on: the simulated container writes about a line a second, and they stream in.
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=pod-logs] .log-line').length > n,
      lines,
      { timeout: 20_000 },
    );
    const texts = await drawer.locator('.log-line').allInnerTexts();
    assert.equal(new Set(texts).size, texts.length, 'the followed lines join the first page without repeating one');
    await page.screenshot({ path: `${SHOTS}pod-logs.png` });

    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).searchParams.get('pod'), null);
    assert.equal(await page.evaluate(() => (window as unknown as { __e2e?: string }).__e2e), 'same-document');
    failed = false;
  } finally {
    // A failure half-way must not leave the shared demo deployment scaled up.
    if (restoreReplicas !== null) {
      await api(page, SCALE, { n: PROJECT, d: DEPLOYMENT, r: restoreReplicas }).catch(() => {});
    }
    await finish(context, page, 'scale', failed);
  }
});

test('after the live socket drops, the table catches up with what happened meanwhile', async () => {
  const { context, page } = await freshPage(browser);
  const network = await cuttableSockets(page);
  let restoreReplicas: number | null = null;
  let failed = true;
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { name: 'Choose a workspace' }).waitFor({ timeout: 20_000 });
    await page.locator(`[data-testid=workspace-card][href="/workspaces/${WORKSPACE}"]`).click();
    await page.locator(`[data-testid=project-card][href="/workspaces/${WORKSPACE}/projects/${PROJECT}"]`).click();
    await page.locator('[data-testid=live-indicator][data-live=true]').waitFor({ timeout: 20_000 });
    await tableMatchesApi(page, 15_000);
    // The page's own HTTP reads of its pods: one asked for by events just before the cut may still
    // be due or in flight after it (CI 17:52 saw its answer land while the socket was down).
    const pending = new Set<object>();
    let lastRead = Date.now();
    const isPodsRead = (r: { url(): string; postData(): string | null }) => {
      const body = r.url() === API ? r.postData() : null;
      return !!body && JSON.parse(body).operationName === 'ProjectPods';
    };
    page.on('request', (r) => {
      if (!isPodsRead(r)) return;
      pending.add(r);
      lastRead = Date.now();
    });
    const settle = (r: object) => {
      pending.delete(r);
      lastRead = Date.now();
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);

    await network.cut();
    await page.locator('[data-testid=live-indicator][data-live=false]').waitFor({ timeout: 10_000 });
    // What the table shows once the cut has settled: no read pending and none for 1.5 s (the page
    // gathers events for 300 ms before it reads).
    while (pending.size > 0 || Date.now() - lastRead < 1_500) await new Promise((r) => setTimeout(r, 100));
    const before = await tablePods(page);
    let readsWhileCut = 0;
    page.on('request', (r) => {
      if (network.isCut() && isPodsRead(r)) readsWhileCut++;
    });

    // While the console is cut off, the deployment grows and its new pod settles.
    const { replicas } = await apiPods(page);
    restoreReplicas = replicas;
    await api(page, SCALE, { n: PROJECT, d: DEPLOYMENT, r: replicas + 1 });
    const settled = Date.now() + 20_000;
    for (;;) {
      const nodes = (await apiPods(page)).pods.nodes;
      const grown = nodes.some((p) => !before.includes(p.name));
      if (grown && nodes.every((p) => p.phase === 'Running')) break;
      if (Date.now() > settled) {
        assert.ok(grown, `no new pod was created: ${JSON.stringify(nodes)}`);
        break; // created but not running yet (a busy lab): later events may arrive, still fine
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.deepEqual(await tablePods(page), before, 'nothing reached the table while it was cut off');
    assert.equal(readsWhileCut, 0, 'the page asked nothing while cut off');

    const tBack = Date.now();
    network.restore();
    await page.locator('[data-testid=live-indicator][data-live=true]').waitFor({ timeout: 30_000 });
    await tableMatchesApi(page, 15_000);
    console.log(`network back to table caught up: ${Date.now() - tBack} ms`);
    failed = false;
  } finally {
    network.restore();
    if (restoreReplicas !== null) await api(page, SCALE, { n: PROJECT, d: DEPLOYMENT, r: restoreReplicas }).catch(() => {});
    await finish(context, page, 'reconnect', failed);
  }
});

test('the pod table asks the API for its order and filter: header clicks send sort, typing sends filter', async () => {
  const session = await apiSession();
  const { context, page } = await freshPage(browser);
  let failed = true;
  try {
    await context.addInitScript((s) => localStorage.setItem('meridian.session', s), session);
    // What the console asked for: the variables of every ProjectPods request.
    const asked: { sort?: unknown; filter?: unknown; first?: number }[] = [];
    page.on('request', (r) => {
      const body = r.postData();
      // Persisted operations: the body names the operation and carries its hash, not its text.
      if (r.url() === API && body && JSON.parse(body).operationName === 'ProjectPods') asked.push(JSON.parse(body).variables);
    });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);
    await page.locator('[data-testid=pod-row]').first().waitFor({ timeout: 20_000 });
    assert.ok(asked.length > 0 && asked.every((v) => (v.first ?? 0) <= 100), `page sizes asked: ${asked.map((v) => v.first)}`);

    const PODS = 'query($p:String!,$s:WorkloadSort,$f:PodFilter){project(name:$p){pods(first:100,sort:$s,filter:$f){nodes{name}}}}';
    type Pods = { project: { pods: { nodes: { name: string }[] } } };
    /** The table shows the API's order for `sort` (the lab may change pods meanwhile: compare until equal). */
    const showsApiOrder = async (sort: object, filter: object | null = null) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const want = (await api<Pods>(page, PODS, { p: PROJECT, s: sort, f: filter })).project.pods.nodes.map((p) => p.name);
        const got = await podNames(page);
        if (got.join() === want.join()) return got;
        if (Date.now() > deadline) assert.fail(`the table shows [${got}] but the API orders [${want}]`);
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    const lastAsked = () => asked.at(-1);

    await page.getByRole('columnheader', { name: 'Age' }).getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort] button')?.textContent?.startsWith('Age'));
    assert.deepEqual(lastAsked()?.sort, { field: 'CREATED_AT', direction: 'DESC' }, 'Age ascending = youngest first');
    await showsApiOrder({ field: 'CREATED_AT', direction: 'DESC' });

    await page.getByRole('columnheader', { name: 'Age' }).getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort=descending]') !== null);
    assert.deepEqual(lastAsked()?.sort, { field: 'CREATED_AT', direction: 'ASC' });
    await showsApiOrder({ field: 'CREATED_AT', direction: 'ASC' });

    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort=descending] button')?.textContent?.startsWith('Name'));
    assert.deepEqual(lastAsked()?.sort, { field: 'NAME', direction: 'DESC' });
    const descending = await showsApiOrder({ field: 'NAME', direction: 'DESC' });

    // The browser no longer filters: a filter matching nothing empties the table only if the API applied it.
    const filterBox = page.getByRole('searchbox', { name: 'Filter by name' });
    const askedFor = async (name: string) => {
      const deadline = Date.now() + 10_000;
      while (!asked.some((v) => (v.filter as { name?: string } | null)?.name === name)) {
        assert.ok(Date.now() < deadline, `no ProjectPods request with filter ${name}: ${JSON.stringify(asked.map((v) => v.filter))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await filterBox.fill('no-such-pod-e2e');
    await askedFor('no-such-pod-e2e');
    await page.getByText('No pods match the filter.').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('[data-testid=pod-row]').count(), 0);

    await filterBox.fill(DEPLOYMENT.toUpperCase());
    await askedFor(DEPLOYMENT.toUpperCase());
    const filtered = await showsApiOrder({ field: 'NAME', direction: 'DESC' }, { name: DEPLOYMENT.toUpperCase() });
    assert.ok(filtered.length > 0 && filtered.every((n) => n.includes(DEPLOYMENT)), `case-insensitive on the server: ${filtered}`);
    assert.ok(filtered.length <= descending.length);
    failed = false;
  } finally {
    await finish(context, page, 'server-sort', failed);
  }
});
