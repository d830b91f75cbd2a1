/**
 * A pipeline run that ends while the console's socket is down is shown ended once it is back
 * (Debian's Chromium against the running product, Jenkins stand-in): the run waits for an input,
 * the test cuts the page's socket, approves the input through the API, the run succeeds, and the
 * socket comes back: the run view must say Succeeded without a reload. (CI 18:34: after a
 * reconnect the run view kept what it had read when it opened, and the re-started subscription
 * did not send a run that had already ended; both fixed.)
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { ADMIN, CONSOLE, call, cuttableSockets, finish, freshPage, launchChromium, loginToken, must, signIn, until } from './browser.ts';

const WORKSPACE = 'demo';
const suffix = Math.random().toString(36).slice(2, 7);
const project = `e2e-runrc-${suffix}`;
const pipeline = 'gated';

let browser: Browser;
let token: string;

beforeAll(async () => {
  browser = await launchChromium();
  token = await loginToken(ADMIN);
  await must(token, 'mutation($w: String!, $n: String!) { createDevOpsProject(workspace: $w, name: $n) { name } }', { w: WORKSPACE, n: project });
  await must(token, 'mutation($p: String!, $i: PipelineInput!) { createPipeline(project: $p, input: $i) { name } }', {
    p: project,
    i: {
      name: pipeline,
      graph: {
        agent: null,
        stages: [
          { name: 'Build', steps: [{ kind: 'SHELL', script: 'echo building' }], parallel: [] },
          { name: 'Approve', steps: [{ kind: 'INPUT', message: 'Go on?' }], parallel: [] },
          { name: 'Ship', steps: [{ kind: 'SHELL', script: 'echo shipped' }], parallel: [] },
        ],
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (token) await call(token, 'mutation($n: String!) { deleteDevOpsProject(name: $n, confirm: $n) }', { n: project });
});

type RunAnswer = { devopsProject: { pipeline: { run: { status: string; inputs: { id: string; state: string }[] } | null } } };
const RUN = 'query($p: String!, $l: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: $l) { run(number: $n) { status inputs { id state } } } } }';

test('a run that ends while the socket is down shows as ended once it is back, without a reload', { timeout: 240_000 }, async () => {
  const { context, page } = await freshPage(browser);
  const network = await cuttableSockets(page);
  let failed = true;
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 20_000 });
    const run = await must<{ runPipeline: { number: number | null } }>(token, 'mutation($p: String!, $l: String!) { runPipeline(project: $p, pipeline: $l) { number } }', { p: project, l: pipeline });
    const n = run.runPipeline.number;
    assert.ok(n, 'the run got its number');
    const waiting = async () => {
      const r = await must<RunAnswer>(token, RUN, { p: project, l: pipeline, n });
      return r.devopsProject.pipeline.run?.inputs.find((i) => i.state === 'PENDING');
    };
    await until('the run waits for its input', async () => !!(await waiting()), 60_000);

    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${project}/pipelines/${pipeline}?run=${n}`);
    await page.locator(`[data-testid=run-view][data-run="${n}"][data-status=RUNNING]`).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=live-indicator][data-live=true]').waitFor({ timeout: 20_000 });

    await network.cut();
    await page.locator('[data-testid=live-indicator][data-live=false]').waitFor({ timeout: 10_000 });

    // While the console is cut off, the input is approved and the run ends.
    const input = await waiting();
    assert.ok(input, 'still waiting');
    await must(token, 'mutation($p: String!, $l: String!, $n: Int!, $i: String!) { submitPipelineInput(project: $p, pipeline: $l, run: $n, inputId: $i, action: APPROVE) { number } }', { p: project, l: pipeline, n, i: input.id });
    await until('the run succeeded', async () => (await must<RunAnswer>(token, RUN, { p: project, l: pipeline, n })).devopsProject.pipeline.run?.status === 'SUCCESS', 60_000);
    assert.equal(await page.locator('[data-testid=run-view]').getAttribute('data-status'), 'RUNNING', 'nothing reached the page while cut off');

    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    network.restore();
    await page.locator('[data-testid=live-indicator][data-live=true]').waitFor({ timeout: 30_000 });
    await page.locator(`[data-testid=run-view][data-run="${n}"][data-status=SUCCESS]`).waitFor({ timeout: 20_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true, 'the page was not reloaded');
    failed = false;
  } finally {
    await finish(context, page, 'run-reconnect', failed);
  }
});
