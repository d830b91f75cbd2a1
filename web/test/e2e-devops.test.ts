/**
 * DevOps in Debian's Chromium against the running product (`scripts/start.ts --test`, the lab's
 * Jenkins stand-in behind the devops subgraph): a DevOps project and a credential made in the
 * console (its secret never on the page, in any API answer, nor in the product's log:
 * MERIDIAN_PRODUCT_LOG, else .run/product.log as `npm test` writes it), a three-stage pipeline
 * built in the graphical editor (one stage with parallel branches; the Jenkinsfile preview
 * written as you go), run with a parameter, its stages turning green and its log growing with
 * no reload, its input step approved, the run succeeding, then replayed; a third run stopped at
 * its input ends aborted; the editor reads its pipeline back for an edit. The pipeline page is
 * checked again in Chinese. Labels come from the locale's dictionary. Then a pipeline from a Git
 * repository and one from the source-to-image template; and a project viewer's pages (no
 * actions, a DevOps project without a grant answered as not found).
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { en, type MessageKey } from '../src/lib/i18n/en.ts';
import { zhCN } from '../src/lib/i18n/zh-CN.ts';
import { ADMIN, API, CONSOLE, SHOTS, freshPage, launchChromium, loginToken, must, sessionToken, signIn, until } from './browser.ts';

// The product's log: `npm test` (scripts/test.sh) writes it to .run/product.log.
const PRODUCT_LOG = process.env.MERIDIAN_PRODUCT_LOG ?? fileURLToPath(new URL('../../.run/product.log', import.meta.url));
const WORKSPACE = 'demo';

type Dict = Record<MessageKey, string>;
const tr = (dict: Dict) => (key: MessageKey, vars: Record<string, string | number> = {}) => dict[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const t = tr(en);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type ApiAnswer<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

/** Calls the gateway with the browser's session token (a script: no Origin, any operation text). */
async function api<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<{ body: ApiAnswer<T>; text: string }> {
  const res = await fetch(API, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await sessionToken(page)}` }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  return { body: JSON.parse(text) as ApiAnswer<T>, text };
}

const lines = async (page: Page) => Number(await page.getByTestId('run-log').getAttribute('data-lines'));
const stageStatus = (page: Page, stage: string) => page.locator(`[data-testid=stage-node][data-stage="${stage}"]`).getAttribute('data-status');

/**
 * Approves the run's waiting input step from the run view (the stage graph shows it paused
 * first); the log, still while the run waited, grows again once it goes on.
 */
async function approveInput(page: Page) {
  const waiting = page.locator('[data-testid=input-step][data-state=PENDING]');
  await waiting.waitFor({ timeout: 60_000 });
  assert.match(await waiting.innerText(), /Deploy to staging\?/);
  await until('the input stage paused', async () => (await stageStatus(page, 'Approve')) === 'PAUSED', 20_000);
  await until('the waiting input in the log', async () => /Proceed or Abort/.test(await page.getByTestId('run-log').innerText()), 20_000);
  const before = await lines(page);
  await waiting.getByTestId('input-approve').click();
  await page.locator('[data-testid=input-step][data-state=APPROVED]').getByTestId('input-decided').filter({ hasText: t('devops.input.approvedBy', { user: ADMIN.username }) }).waitFor({ timeout: 30_000 });
  await until('the log to grow after the approval', async () => (await lines(page)) > before, 60_000);
}

test('DevOps: project, credential, editor pipeline, live run with input, replay; secret never shown; zh-CN', { timeout: 420_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'en', acceptDownloads: true });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('locale-set')) {
      localStorage.setItem('meridian.locale', 'en');
      sessionStorage.setItem('locale-set', '1');
    }
  });
  const page = await context.newPage();
  const suffix = Math.random().toString(36).slice(2, 7);
  const project = `e2e-devops-${suffix}`;
  const pipeline = 'release';
  const credential = `deploy-token-${suffix}`;
  const secret = `s3cr3t-${suffix}-${Math.random().toString(36).slice(2, 12)}`;
  let failed = true;
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 20_000 });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}`);

    // The sidebar leads to the workspace's DevOps projects; create one.
    await page.getByTestId('nav-devops').click();
    await page.getByRole('heading', { name: t('devops.projects.title'), exact: true }).waitFor({ timeout: 20_000 });
    await page.getByTestId('devops-project-create').click();
    await page.locator('.modal input[name=name]').fill('Bad_Name');
    await page.locator('.modal button[type=submit]').click();
    assert.equal(await page.getByTestId('invalid-name').innerText(), t('devops.form.dnsLabel'));
    await page.locator('.modal input[name=name]').fill(project);
    await page.locator('.modal input[name=description]').fill('made by the e2e test');
    await page.locator('.modal button[type=submit]').click();
    const row = page.locator(`[data-testid=devops-project-row][data-name="${project}"]`);
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('link', { name: project }).click();
    await page.locator(`[data-testid=devops-project][data-name="${project}"]`).waitFor({ timeout: 20_000 });
    await page.getByTestId('pipeline-table').waitFor({ timeout: 20_000 });

    // A credential: its secret is typed once and then shown nowhere.
    await page.getByTestId('tab-credentials').click();
    await page.getByTestId('credentials-panel').waitFor({ timeout: 20_000 });
    await page.getByTestId('credential-create').click();
    await page.locator('.modal select[name=type]').selectOption('SECRET_TEXT');
    await page.locator('.modal input[name=id]').fill(credential);
    await page.locator('.modal input[name=description]').fill('registry token');
    assert.equal(await page.locator('.modal input[name=secret]').getAttribute('type'), 'password');
    await page.locator('.modal input[name=secret]').fill(secret);
    await page.locator('.modal button[type=submit]').click();
    const credRow = page.locator(`[data-testid=credential-row][data-id="${credential}"]`);
    await credRow.waitFor({ timeout: 30_000 });
    assert.equal(await credRow.getAttribute('data-type'), 'SECRET_TEXT');
    assert.match(await credRow.innerText(), new RegExp(t('devops.credentialType.SECRET_TEXT')));
    assert.ok(!(await page.content()).includes(secret), 'the secret is not in the page');
    const creds = await api<unknown>(page, 'query($p:String!){devopsProject(name:$p){credentials{nodes{id type description}}}}', { p: project });
    assert.ok(creds.text.includes(credential), 'the API lists the credential');
    assert.ok(!creds.text.includes(secret), 'the API never answers the secret');

    // A three-stage pipeline in the graphical editor, with a parameter.
    await page.getByTestId('tab-pipelines').click();
    await page.getByTestId('pipeline-create').click();
    await page.locator('[data-testid=wizard-body][data-step=basics]').waitFor({ timeout: 20_000 });
    await page.locator('input[name=name]').fill(pipeline);
    await page.getByTestId('source-EDITOR').check();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('pipeline-editor').waitFor();
    await page.getByTestId('wizard-next').click();
    // Next is refused on an empty canvas, at the stages.
    assert.equal(await page.getByTestId('invalid-stages').innerText(), t('devops.problem.noStages'));
    const stages: { name: string; kind: string; field: string; value: string }[] = [
      { name: 'Build', kind: 'SHELL', field: 'script', value: 'echo building for ${TARGET}\nmake build\nmake test' },
      { name: 'Approve', kind: 'INPUT', field: 'message', value: 'Deploy to staging?' },
      { name: 'Deploy', kind: 'SHELL', field: 'script', value: 'echo deployed ${TARGET}\nkubectl rollout status deploy/app' },
    ];
    for (const [i, s] of stages.entries()) {
      await page.getByTestId('editor-add-stage').click();
      await page.locator(`input[name="stages[${i}].name"]`).fill(s.name);
      await page.locator(`[data-testid=editor-stage][data-index="${i}"]`).getByTestId('editor-add-step').selectOption(s.kind);
      await page.locator(`[name="stages[${i}].steps[0].${s.field}"]`).fill(s.value);
    }
    // Build gets a parallel branch: its shell step becomes branch "Build 1", the new one is "Lint".
    const build = page.locator('[data-testid=editor-stage][data-index="0"]');
    await build.getByTestId('editor-add-branch').click();
    assert.equal(await page.locator('input[name="stages[0].parallel[0].name"]').inputValue(), 'Build 1');
    assert.match(await page.locator('[name="stages[0].parallel[0].steps[0].script"]').inputValue(), /building for/);
    await page.locator('input[name="stages[0].parallel[1].name"]').fill('Lint');
    await build.getByTestId('editor-branch').nth(1).getByTestId('editor-add-step').selectOption('SHELL');
    await page.locator('[name="stages[0].parallel[1].steps[0].script"]').fill('echo linting ${TARGET}');
    const preview = await page.getByTestId('jenkinsfile-preview').innerText();
    for (const name of [...stages.map((s) => s.name), 'Build 1', 'Lint']) assert.ok(preview.includes(`stage('${name}')`), `the preview has stage ${name}`);
    assert.match(preview, /parallel \{/);
    assert.match(preview, /input message: 'Deploy to staging\?'/);
    await page.getByTestId('wizard-next').click();
    await page.locator('[data-testid=wizard-body][data-step=options]').waitFor();
    await page.getByTestId('editor-add-parameter').click();
    await page.locator('input[name="parameters[0].name"]').fill('TARGET');
    await page.locator('input[name="parameters[0].defaultValue"]').fill('staging');
    await page.locator('input[name=numToKeep]').fill('20');
    await page.getByTestId('pipeline-save').click();

    // The pipeline page; the API reads back the graph the editor wrote.
    await page.locator(`[data-testid=pipeline-view][data-pipeline="${pipeline}"]`).waitFor({ timeout: 30_000 });
    const def = await api<{ devopsProject: { pipeline: { definition: { source: string; graph: { stages: { name: string }[] } | null; parameters: { name: string }[] } } } }>(
      page,
      'query($p:String!,$n:String!){devopsProject(name:$p){pipeline(name:$n){definition{source graph{stages{name}} parameters{name}}}}}',
      { p: project, n: pipeline },
    );
    assert.deepEqual(def.body.data?.devopsProject.pipeline.definition.graph?.stages.map((s) => s.name), ['Build', 'Approve', 'Deploy']);
    assert.deepEqual(def.body.data?.devopsProject.pipeline.definition.parameters.map((p) => p.name), ['TARGET']);

    // Run it with a parameter; from here on the page is never reloaded.
    await page.locator('[data-testid=live-indicator][data-live=true]').waitFor({ timeout: 20_000 });
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await page.getByTestId('pipeline-run').click();
    await page.getByRole('heading', { name: t('devops.runDialog.title', { pipeline }) }).waitFor();
    assert.equal(await page.locator('.modal input[name=param-TARGET]').inputValue(), 'staging', 'the default is filled in');
    await page.locator('.modal input[name=param-TARGET]').fill('e2e-target');
    await page.locator('.modal button[type=submit]').click();
    await page.locator('[data-testid=run-view][data-run="1"]').waitFor({ timeout: 30_000 });

    // Stages turn green and the log grows, live.
    await until('some log lines', async () => (await lines(page)) > 0, 60_000);
    await until('Build green', async () => (await stageStatus(page, 'Build').catch(() => null)) === 'SUCCESS', 90_000);
    await page.screenshot({ path: `${SHOTS}devops-en-running.png` });
    await approveInput(page);
    await page.locator('[data-testid=run-view][data-run="1"][data-status=SUCCESS]').waitFor({ timeout: 90_000 });
    for (const name of [...stages.map((s) => s.name), 'Build 1', 'Lint']) assert.equal(await stageStatus(page, name), 'SUCCESS', `${name} green`);
    // The parallel branches are drawn under their stage.
    assert.deepEqual(await page.locator('[data-testid=stage-branches][data-stage=Build] [data-testid=stage-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage'))), ['Build 1', 'Lint']);
    await page.locator('[data-testid=run-log-state][data-done=true]').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('run-log').innerText(), /e2e-target/, 'the parameter reached the run');
    assert.match(await page.getByTestId('run-parameters').innerText(), /TARGET=e2e-target/);
    await page.locator('[data-testid=run-row][data-run="1"][data-status=SUCCESS]').waitFor({ timeout: 20_000 });

    // Per-stage log and the whole log's download.
    await page.locator('[data-testid=stage-node][data-stage=Deploy] button').click();
    await page.locator('[data-testid=run-log][data-stage=Deploy]').waitFor();
    await until('the Deploy stage log', async () => /deployed e2e-target/.test(await page.getByTestId('run-log').innerText()), 20_000);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-download').click()]);
    const saved = readFileSync((await download.path())!, 'utf8');
    assert.match(saved, /building for e2e-target/);
    assert.match(saved, /Finished: SUCCESS/);
    await page.getByTestId('log-stage').selectOption('');

    // Replay: a new run with the same parameters, approved again, succeeds.
    await page.getByTestId('run-replay').click();
    await page.locator('[data-testid=run-view][data-run="2"]').waitFor({ timeout: 30_000 });
    await approveInput(page);
    await page.locator('[data-testid=run-view][data-run="2"][data-status=SUCCESS]').waitFor({ timeout: 90_000 });
    assert.match(await page.getByTestId('run-parameters').innerText(), /TARGET=e2e-target/);
    await page.locator('[data-testid=run-row][data-run="2"][data-status=SUCCESS]').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}devops-en-replayed.png` });

    // A third run stopped while it waits for input ends as aborted, in the console and the API.
    await page.getByTestId('pipeline-run').click();
    await page.locator('.modal button[type=submit]').click();
    await page.locator('[data-testid=run-view][data-run="3"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=input-step][data-state=PENDING]').waitFor({ timeout: 60_000 });
    await page.getByTestId('run-stop').click();
    await page.locator('[data-testid=run-view][data-run="3"][data-status=ABORTED]').waitFor({ timeout: 30_000 });
    const stopped = await api<{ devopsProject: { pipeline: { run: { status: string } } } }>(page, 'query($p:String!,$n:String!){devopsProject(name:$p){pipeline(name:$n){run(number:3){status}}}}', { p: project, n: pipeline });
    assert.equal(stopped.body.data?.devopsProject.pipeline.run.status, 'ABORTED');
    assert.equal(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true, 'the page was never reloaded');

    // Edit: the editor reads back the Jenkinsfile it wrote; a new description is saved.
    await page.getByTestId('pipeline-edit').click();
    await page.locator('[data-testid=wizard-body][data-step=basics]').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('input[name=name]').isDisabled(), true, 'a pipeline keeps its name');
    await page.locator('input[name=description]').fill('edited in the console');
    await page.getByTestId('wizard-step-definition').click();
    for (const [i, st] of stages.entries()) assert.equal(await page.locator(`input[name="stages[${i}].name"]`).inputValue(), st.name);
    assert.equal(await page.locator('input[name="stages[0].parallel[1].name"]').inputValue(), 'Lint');
    assert.equal(await page.locator('[name="stages[1].steps[0].message"]').inputValue(), 'Deploy to staging?');
    await page.getByTestId('wizard-step-options').click();
    assert.equal(await page.locator('input[name="parameters[0].name"]').inputValue(), 'TARGET');
    assert.equal(await page.locator('input[name=numToKeep]').inputValue(), '20');
    await page.getByTestId('pipeline-save').click();
    await page.locator(`[data-testid=pipeline-view][data-pipeline="${pipeline}"]`).getByText('edited in the console').waitFor({ timeout: 30_000 });

    // The same page in Chinese: labels from the zh-CN dictionary.
    const zh = tr(zhCN);
    await page.evaluate(() => localStorage.setItem('meridian.locale', 'zh-CN'));
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${project}/pipelines/${pipeline}?run=3`);
    await page.getByRole('heading', { name: zh('devops.runs.title'), exact: true }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: zh('devops.pipeline.run'), exact: true }).waitFor();
    await page.locator('[data-testid=run-view][data-run="3"]').getByTestId('run-status').filter({ hasText: zh('devops.status.ABORTED') }).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: zh('devops.run.title', { n: 3 }) }).waitFor();
    await page.locator('[data-testid=run-row][data-run="2"]').getByTestId('run-status').filter({ hasText: zh('devops.status.SUCCESS') }).waitFor();
    await page.locator('[data-testid=run-row][data-run="2"]').getByRole('link', { name: '#2' }).click();
    await page.locator('[data-testid=run-view][data-run="2"]').getByTestId('input-decided').filter({ hasText: zh('devops.input.approvedBy', { user: ADMIN.username }) }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}devops-zh-CN-run.png` });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${project}?tab=credentials`);
    await page.locator(`[data-testid=credential-row][data-id="${credential}"]`).filter({ hasText: zh('devops.credentialType.SECRET_TEXT') }).waitFor({ timeout: 20_000 });
    assert.ok(!(await page.locator('body').innerText()).match(/\bdevops\.[a-zA-Z]/), 'no untranslated key on the page');
    assert.ok(!(await page.content()).includes(secret), 'the secret is not on the credentials page');
    await page.evaluate(() => localStorage.setItem('meridian.locale', 'en'));

    // Delete the DevOps project from its list (the dialog wants its name).
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops`);
    await page.locator(`[data-testid=devops-project-row][data-name="${project}"]`).getByTestId('devops-project-delete').click();
    await page.getByTestId('delete-confirm').fill(project);
    await page.locator('.modal button[type=submit]').click();
    await until('the project gone from the list', async () => (await page.locator(`[data-testid=devops-project-row][data-name="${project}"]`).count()) === 0, 30_000);

    if (PRODUCT_LOG && existsSync(PRODUCT_LOG)) assert.ok(!readFileSync(PRODUCT_LOG, 'utf8').includes(secret), 'the secret is not in the product log');
    failed = false;
  } finally {
    if (failed) await page.screenshot({ path: `${SHOTS}FAILED-devops.png` }).catch(() => {});
    await api(page, 'mutation($p:String!){deleteDevOpsProject(name:$p,confirm:$p)}', { p: project }).catch(() => {});
    await context.close();
  }
});

test('DevOps: a pipeline from a Git repository (SCM form, choice and yes/no parameters, triggers) and one from the source-to-image template', { timeout: 240_000 }, async () => {
  const { context, page } = await freshPage(browser, { viewport: { width: 1500, height: 1000 } }, 'en');
  const project = `e2e-devops-scm-${Math.random().toString(36).slice(2, 7)}`;
  let failed = true;
  try {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 20_000 });
    // The project and a credential come from the API here; the first test makes them in the console.
    const made = await api(page, 'mutation($w:String!,$p:String!){createDevOpsProject(workspace:$w,name:$p){name}}', { w: WORKSPACE, p: project });
    assert.equal(made.body.errors, undefined, made.text);
    const cred = await api(page, 'mutation($p:String!){createCredential(project:$p,input:{id:"git-ssh",sshKey:{username:"git",privateKey:"-----BEGIN OPENSSH PRIVATE KEY-----\\nabc\\n-----END OPENSSH PRIVATE KEY-----"}}){id}}', { p: project });
    assert.equal(cred.body.errors, undefined, cred.text);

    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${project}/create`);
    await page.locator('[data-testid=wizard-body][data-step=basics]').waitFor({ timeout: 20_000 });
    await page.locator('input[name=name]').fill('from-git');
    await page.getByTestId('source-SCM').check();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-next').click();
    assert.equal(await page.getByTestId('invalid-scm.url').innerText(), t('form.required'));
    await page.locator('input[name="scm.url"]').fill('https://git.example.com/team/app.git');
    await page.locator('input[name="scm.branch"]').fill('develop');
    await page.locator('select[name="scm.credentialId"]').selectOption('git-ssh');
    await page.locator('input[name="scm.scriptPath"]').fill('ci/Jenkinsfile');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('editor-add-parameter').click();
    await page.locator('select[name="parameters[0].type"]').selectOption('CHOICE');
    await page.locator('input[name="parameters[0].name"]').fill('ENV');
    await page.locator('textarea[name="parameters[0].choices"]').fill('dev\nprod');
    await page.getByTestId('editor-add-parameter').click();
    await page.locator('select[name="parameters[1].type"]').selectOption('BOOLEAN');
    await page.locator('input[name="parameters[1].name"]').fill('DRY_RUN');
    await page.locator('input[name="parameters[1].defaultValue"]').check();
    await page.locator('input[name=cron]').fill('H 2 * *');
    await page.locator('input[name=webhook]').check();
    await page.locator('input[name=webhookSecret]').fill('too-short');
    await page.getByTestId('pipeline-save').click();
    assert.equal(await page.getByTestId('invalid-cron').innerText(), t('form.cron'));
    assert.equal(await page.getByTestId('invalid-webhookSecret').innerText(), t('devops.problem.secretLength'));
    await page.locator('input[name=cron]').fill('H 2 * * *');
    await page.locator('input[name=webhookSecret]').fill('a-webhook-secret-of-some-length');
    await page.getByTestId('pipeline-save').click();
    await page.locator('[data-testid=pipeline-view][data-pipeline=from-git]').waitFor({ timeout: 30_000 });

    type Def = { source: string; scm: { url: string; branch: string; credentialId: string | null; scriptPath: string } | null; parameters: { name: string; type: string; defaultValue: string | null; choices: string[] | null }[]; triggers: { cron: string | null; webhookUrl: string | null } };
    const def = await api<{ devopsProject: { pipeline: { definition: Def } } }>(
      page,
      'query($p:String!){devopsProject(name:$p){pipeline(name:"from-git"){definition{source scm{url branch credentialId scriptPath} parameters{name type defaultValue choices} triggers{cron webhookUrl}}}}}',
      { p: project },
    );
    const d = def.body.data!.devopsProject.pipeline.definition;
    assert.equal(d.source, 'SCM');
    assert.deepEqual(d.scm, { url: 'https://git.example.com/team/app.git', branch: 'develop', credentialId: 'git-ssh', scriptPath: 'ci/Jenkinsfile' });
    assert.deepEqual(d.parameters.map((p) => [p.name, p.type, p.defaultValue]), [['ENV', 'CHOICE', 'dev'], ['DRY_RUN', 'BOOLEAN', 'true']]);
    assert.equal(d.triggers.cron, 'H 2 * * *');
    assert.ok(d.triggers.webhookUrl, 'a webhook URL');
    assert.ok(!def.text.includes('a-webhook-secret-of-some-length'), 'the webhook secret is never answered');

    // The run dialog offers the choices and the yes/no at their defaults.
    await page.getByTestId('pipeline-run').click();
    assert.deepEqual(await page.locator('.modal select[name=param-ENV] option').allInnerTexts(), ['dev', 'prod']);
    assert.equal(await page.locator('.modal input[name=param-DRY_RUN]').isChecked(), true);
    await page.locator('.modal').getByRole('button', { name: t('common.cancel') }).click();

    // Source to image: a pipeline from the template, opened once made.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${project}`);
    await page.getByTestId('s2i-create').click();
    await page.locator('.modal input[name=name]').fill('s2i-app');
    await page.locator('.modal input[name=gitUrl]').fill('https://git.example.com/team/app.git');
    await page.locator('.modal input[name=builderImage]').fill('node:20');
    await page.locator('.modal input[name=targetImage]').fill('registry.example.com/team/app');
    await page.locator('.modal select[name=gitCredentialId]').selectOption('git-ssh');
    await page.locator('.modal button[type=submit]').click();
    await page.locator('[data-testid=pipeline-view][data-pipeline=s2i-app]').waitFor({ timeout: 30_000 });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${project}`);
    for (const name of ['from-git', 's2i-app']) await page.locator(`[data-testid=pipeline-row][data-name="${name}"]`).waitFor({ timeout: 20_000 });
    failed = false;
  } finally {
    if (failed) await page.screenshot({ path: `${SHOTS}FAILED-devops-scm.png` }).catch(() => {});
    await api(page, 'mutation($p:String!){deleteDevOpsProject(name:$p,confirm:$p)}', { p: project }).catch(() => {});
    await context.close();
  }
});

test('DevOps for a project viewer: sees runs and logs, no Run, Edit, Delete, Replay, approval or credential form; another DevOps project stays hidden', { timeout: 240_000 }, async () => {
  const rand = Math.random().toString(36).slice(2, 7);
  const viewer = { username: `e2e-devops-viewer-${rand}`, password: `Viewer-${rand}-1` };
  const seen = `e2e-devops-seen-${rand}`;
  const hidden = `e2e-devops-hidden-${rand}`;
  const admin = await loginToken(ADMIN);
  const { context, page } = await freshPage(browser, { viewport: { width: 1400, height: 900 } }, 'en');
  let failed = true;
  try {
    await must(admin, 'mutation($i:CreateUserInput!){createUser(input:$i){id}}', { i: { username: viewer.username, email: `${viewer.username}@example.test`, password: viewer.password } });
    await must(admin, 'mutation($w:String!,$u:String!){addWorkspaceMember(workspace:$w,username:$u,role:WORKSPACE_REGULAR){__typename}}', { w: WORKSPACE, u: viewer.username });
    for (const p of [seen, hidden]) await must(admin, 'mutation($w:String!,$p:String!){createDevOpsProject(workspace:$w,name:$p){name}}', { w: WORKSPACE, p });
    await must(admin, 'mutation($p:String!,$u:String!){addProjectMember(project:$p,username:$u,role:VIEWER){__typename}}', { p: seen, u: viewer.username });
    await must(admin, 'mutation($p:String!){createCredential(project:$p,input:{id:"token",secretText:{secret:"viewer-must-not-see-this"}}){id}}', { p: seen });
    const graph = { stages: [{ name: 'Only', steps: [{ kind: 'SHELL', script: 'echo seen by viewers' }] }] };
    await must(admin, 'mutation($p:String!,$i:PipelineInput!){createPipeline(project:$p,input:$i){name}}', { p: seen, i: { name: 'app', graph } });
    await must(admin, 'mutation($p:String!){runPipeline(project:$p,pipeline:"app"){id}}', { p: seen });
    await until('the run to finish', async () => {
      const d = await must<{ devopsProject: { pipeline: { lastRun: { status: string } | null } } }>(admin, 'query($p:String!){devopsProject(name:$p){pipeline(name:"app"){lastRun{status}}}}', { p: seen });
      return d.devopsProject.pipeline.lastRun?.status === 'SUCCESS';
    });

    await signIn(page, viewer.username, viewer.password);
    await page.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 20_000 });
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops`);
    await page.locator(`[data-testid=devops-project-row][data-name="${seen}"]`).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator(`[data-testid=devops-project-row][data-name="${hidden}"]`).count(), 0, 'a DevOps project without a grant is not listed');
    assert.equal(await page.getByTestId('devops-project-create').count(), 0);
    assert.equal(await page.getByTestId('devops-project-delete').count(), 0);

    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${seen}`);
    await page.locator('[data-testid=pipeline-row][data-name=app]').waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId('pipeline-create').count(), 0);
    assert.equal(await page.getByTestId('s2i-create').count(), 0);
    await page.getByTestId('tab-credentials').click();
    await page.getByTestId('credentials-panel').waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByTestId('credential-create').count(), 0);
    assert.equal(await page.getByTestId('credential-delete').count(), 0);
    assert.ok(!(await page.content()).includes('viewer-must-not-see-this'));

    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${seen}/pipelines/app?run=1`);
    await page.locator('[data-testid=run-view][data-run="1"][data-status=SUCCESS]').waitFor({ timeout: 20_000 });
    await until('the log', async () => /seen by viewers/.test(await page.getByTestId('run-log').innerText()), 20_000);
    for (const id of ['pipeline-run', 'pipeline-edit', 'pipeline-delete', 'run-replay', 'run-stop']) assert.equal(await page.getByTestId(id).count(), 0, `no ${id} for a viewer`);

    // The hidden project's page says it is not found, as for one that does not exist.
    await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/devops/${hidden}/pipelines/app`);
    await page.locator('[role=alert][data-code=NOT_FOUND]').waitFor({ timeout: 20_000 });
    failed = false;
  } finally {
    if (failed) await page.screenshot({ path: `${SHOTS}FAILED-devops-viewer.png` }).catch(() => {});
    for (const p of [seen, hidden]) await must(admin, 'mutation($p:String!){deleteDevOpsProject(name:$p,confirm:$p)}', { p }).catch(() => {});
    await must(admin, 'mutation($u:String!){deleteUser(username:$u)}', { u: viewer.username }).catch(() => {});
    await context.close();
  }
});
