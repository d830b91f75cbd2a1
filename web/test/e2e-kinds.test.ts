/**
 * The generic Kubernetes kind pages in Debian's Chromium against the running product
 * (`scripts/start.ts --test`), in English and in Chinese: a Deployment made with the create
 * wizard (a name the API server refuses is shown at its field, on its step; a dry run shows the
 * YAML the server would store), its pods turning Running on its page with no reload, an edit in
 * the YAML editor (the schema lint marks a bad port and blocks saving; dry run; save), a rollback
 * to the first revision, and Delete after typing its name. Every check reads the labels from the
 * locale's dictionary, so a missing translation fails here as well.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { en, type MessageKey } from '../src/lib/i18n/en.ts';
import { zhCN } from '../src/lib/i18n/zh-CN.ts';
import { ADMIN, CONSOLE, SHOTS, call, freshPage, launchChromium, sessionToken, signIn, until } from './browser.ts';

const WORKSPACE = 'demo';
const PROJECT = 'demo-project';
const LOCALES = { en, 'zh-CN': zhCN } as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Calls the gateway with the browser's session token (a script: no Origin, any operation text). */
const api = async <T>(page: Page, query: string, variables: Record<string, unknown>) => call<T>(await sessionToken(page), query, variables);

const DEPLOYMENT = 'query($p:String!,$n:String!){kubeObject(kind:"Deployment",project:$p,name:$n){yaml ... on Deployment{replicas images revision}}}';
type DeploymentData = { kubeObject: { yaml: string; replicas: number; images: string[]; revision: number | null } | null };

/** Puts text into the CodeMirror editor as one edit (select all, insert). */
async function typeYaml(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

for (const [locale, dict] of Object.entries(LOCALES) as [keyof typeof LOCALES, typeof en][]) {
  const t = (key: MessageKey, vars: Record<string, string | number> = {}) => dict[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

  test(`[${locale}] a Deployment: wizard, live pods, YAML edit, rollback, delete`, { timeout: 240_000 }, async () => {
    const { context, page } = await freshPage(browser, { viewport: { width: 1400, height: 900 }, locale }, locale);
    const name = `e2e-kinds-${locale.toLowerCase()}-${Math.random().toString(36).slice(2, 7)}`;
    let failed = true;
    try {
      await signIn(page, ADMIN.username, ADMIN.password);
      await page.locator('[data-testid=workspace-card]').first().waitFor({ timeout: 20_000 });
      await page.goto(`${CONSOLE}/workspaces/${WORKSPACE}/projects/${PROJECT}`);

      // The sidebar leads to the generic Deployments list; it lists the seeded `hello`.
      await page.getByTestId('nav-deployments').click();
      await page.getByRole('heading', { name: t('kinds.Deployment'), exact: true }).waitFor({ timeout: 20_000 });
      await page.locator('[data-testid=object-row][data-name=hello]').waitFor({ timeout: 20_000 });
      await page.getByTestId('live-indicator').filter({ hasText: t('kinds.live') }).waitFor({ timeout: 20_000 });
      // The other sections are there too, and platform admins see the cluster kinds.
      for (const slug of ['statefulsets', 'services', 'configmaps', 'persistentvolumeclaims', 'horizontalpodautoscalers', 'nodes', 'storageclasses']) {
        assert.equal(await page.getByTestId(`nav-${slug}`).count(), 1, `sidebar entry ${slug}`);
      }

      // The wizard: basics, container (a port name the API server refuses), …, review.
      await page.getByTestId('create-form').click();
      await page.getByRole('heading', { name: t('kinds.create', { kind: t('kinds.Deployment') }) }).waitFor({ timeout: 20_000 });
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('invalid-name').waitFor();
      assert.equal(await page.getByTestId('invalid-name').innerText(), t('form.required'), 'Next is refused without a name');
      await page.locator('input[name=name]').fill(name);
      await page.locator('input[name=replicas]').fill('2');
      await page.getByTestId('wizard-next').click();
      await page.locator('input[name=image]').fill('nginx:1.27');
      await page.getByTestId('add-ports').click();
      await page.locator('input[name="ports[0].name"]').fill('Bad_Port');
      await page.locator('input[name="ports[0].containerPort"]').fill('80');
      await page.getByTestId('add-env').click();
      await page.locator('input[name="env[0].name"]').fill('GREETING');
      await page.locator('input[name="env[0].value"]').fill('hello');
      for (const step of ['health', 'storage', 'scheduling']) {
        await page.getByTestId('wizard-next').click();
        await page.locator(`[data-testid=wizard-body][data-step=${step}]`).waitFor();
      }
      await page.getByTestId('wizard-next').click();
      await page.locator('[data-testid=wizard-body][data-step=review]').waitFor();
      await page.getByTestId('wizard-create').click();
      // The API's refusal lands on the port name field, and the wizard is back on its step.
      await page.getByTestId('invalid-ports[0].name').waitFor({ timeout: 20_000 });
      assert.match(await page.getByTestId('invalid-ports[0].name').innerText(), /IANA_SVC_NAME|must/i);
      await page.locator('[data-testid=wizard-body][data-step=container]').waitFor();
      await page.locator('input[name="ports[0].name"]').fill('http');
      await page.getByTestId('wizard-step-review').click();
      await page.getByTestId('wizard-dry-run').click();
      await page.getByTestId('dry-run-result').waitFor({ timeout: 20_000 });
      const preview = await page.getByTestId('dry-run-result').innerText();
      assert.match(preview, /kind: Deployment/);
      assert.match(preview, /GREETING/);
      assert.equal((await api<DeploymentData>(page, DEPLOYMENT, { p: PROJECT, n: name })).data?.kubeObject ?? null, null, 'a dry run stores nothing');
      await page.getByTestId('wizard-create').click();

      // Its page: the pods turn Running here, with no reload.
      await page.locator(`[data-testid=object-detail][data-name="${name}"]`).waitFor({ timeout: 20_000 });
      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      await page.getByTestId('tab-pods').click();
      await until('2 Running pods on the page', async () => (await page.locator('[data-testid=related-row][data-status=Running]').count()) === 2);
      await page.screenshot({ path: `${SHOTS}kinds-${locale}-pods.png` });

      // YAML: the schema lint marks a bad port and blocks Save; a new image and 3 replicas are saved.
      await page.getByTestId('tab-yaml').click();
      await page.getByTestId('yaml-editor').waitFor();
      const yaml = (await api<DeploymentData>(page, DEPLOYMENT, { p: PROJECT, n: name })).data!.kubeObject!.yaml;
      assert.match(yaml, /image: nginx:1\.27/);
      await typeYaml(page, yaml.replace('containerPort: 80', 'containerPort: 99999'));
      await page.locator('.cm-lintRange-error').first().waitFor({ timeout: 10_000 });
      await page.getByTestId('yaml-blocking').waitFor();
      assert.equal(await page.getByTestId('yaml-save').isDisabled(), true, 'Save is off while the schema finds errors');
      const edited = yaml.replace('image: nginx:1.27', 'image: nginx:1.28').replace(/^ {2}replicas: 2$/m, '  replicas: 3');
      assert.notEqual(edited, yaml);
      await typeYaml(page, edited);
      await until('the lint to clear', async () => (await page.getByTestId('yaml-blocking').count()) === 0, 10_000);
      await page.getByTestId('yaml-dry-run').click();
      await page.getByTestId('yaml-note').filter({ hasText: t('yaml.dryRunOk', { n: 1 }) }).waitFor({ timeout: 20_000 });
      await page.getByTestId('yaml-save').click();
      await page.getByTestId('yaml-note').filter({ hasText: t('yaml.saved') }).waitFor({ timeout: 20_000 });
      await until('replicas 3 and the new image', async () => {
        const d = (await api<DeploymentData>(page, DEPLOYMENT, { p: PROJECT, n: name })).data?.kubeObject;
        return d?.replicas === 3 && d.images.join() === 'nginx:1.28';
      });
      await page.getByTestId('tab-pods').click();
      await until('3 Running pods on the page', async () => (await page.locator('[data-testid=related-row][data-status=Running]').count()) === 3);

      // Revisions: roll back to revision 1 (nginx:1.27); it comes back as a new, higher revision.
      await page.getByTestId('tab-revisions').click();
      await page.locator('[data-testid=revision-row][data-revision="2"]').waitFor({ timeout: 20_000 });
      const first = page.locator('[data-testid=revision-row][data-revision="1"]');
      assert.equal(await first.getByTestId('rollback').innerText(), t('rollout.rollback'));
      await first.getByTestId('rollback').click();
      await page.getByTestId('rollback-done').filter({ hasText: t('rollout.rolledBack', { revision: 1 }) }).waitFor({ timeout: 20_000 });
      await until('the first template running again', async () => {
        const d = (await api<DeploymentData>(page, DEPLOYMENT, { p: PROJECT, n: name })).data?.kubeObject;
        return d?.images.join() === 'nginx:1.27' && (d.revision ?? 0) >= 3;
      });
      await page.locator('[data-testid=revision-row][data-revision="3"]').waitFor({ timeout: 20_000 });

      // Events arrived live on the events tab.
      await page.getByTestId('tab-events').click();
      await page.getByTestId('event-item').first().waitFor({ timeout: 20_000 });
      assert.equal(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true, 'the page was never reloaded');

      // Delete: the dialog names it and wants its name typed.
      await page.getByTestId('delete-object').click();
      await page.getByRole('heading', { name: t('delete.title', { name }) }).waitFor();
      const submit = page.locator('.modal button[type=submit]');
      assert.equal(await submit.isDisabled(), true, 'no delete before the name is typed');
      await page.getByTestId('delete-confirm').fill(name.slice(0, -1));
      assert.equal(await submit.isDisabled(), true);
      await page.getByTestId('delete-confirm').fill(name);
      await submit.click();
      await page.locator('[data-testid=kind-list][data-kind=Deployment]').waitFor({ timeout: 20_000 });
      await until('the object gone', async () => {
        const res = await api<DeploymentData>(page, DEPLOYMENT, { p: PROJECT, n: name });
        return res.errors?.[0]?.extensions?.code === 'NOT_FOUND';
      });
      await until('its row gone from the live list', async () => (await page.locator(`[data-testid=object-row][data-name="${name}"]`).count()) === 0, 20_000);
      assert.ok(!(await page.locator('body').innerText()).match(/\b(kinds|wizard|yaml|delete|rollout)\.[a-zA-Z]/), 'no untranslated key on the page');
      failed = false;
    } finally {
      if (failed) await page.screenshot({ path: `${SHOTS}FAILED-kinds-${locale}.png` }).catch(() => {});
      await api(page, 'mutation($p:String!,$n:String!){deleteObject(kind:"Deployment",project:$p,name:$n){name}}', { p: PROJECT, n: name }).catch(() => {});
      await context.close();
    }
  });
}
