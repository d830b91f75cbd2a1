/**
 * The DevOps console's pure parts: the graphical editor's reducer and checks, the PipelineInput
 * it sends (and the Jenkinsfile the shared converter writes from it, read back to the same
 * editor state), and the live log's chunk joining and ANSI handling.
 */
import { describe, it, expect } from 'vitest';
import { fromJenkinsfile, toJenkinsfile } from '@meridian/core/jenkinsfile/index';
import { checkDraft, editorReducer, emptyPipeline, type EditorAction, type PipelineDraft } from '../src/features/devops/editor/editor-model.ts';
import { emptyScm, formOf, graphOf, pipelineInput } from '../src/features/devops/editor/graph-input.ts';
import { addChunk, type RunLog } from '../src/features/devops/use-run-log.ts';
import { toLogLines } from '../src/features/devops/ansi-lines.ts';
import { stageColumns } from '../src/features/devops/stage-layout.ts';

const apply = (actions: EditorAction[], start: PipelineDraft = emptyPipeline()) => actions.reduce(editorReducer, start);

/** Three stages: checkout, parallel build/test, then an approval and a deploy. */
function threeStages(): PipelineDraft {
  return apply([
    { type: 'addStage', name: 'Checkout' },
    { type: 'addStep', at: { stage: 0, branch: null }, kind: 'CHECKOUT' },
    { type: 'setStepValue', at: { stage: 0, branch: null }, step: 0, field: 'url', value: 'https://git.example.com/a.git' },
    { type: 'addStage', name: 'Build' },
    { type: 'addStep', at: { stage: 1, branch: null }, kind: 'SHELL' },
    { type: 'setStepValue', at: { stage: 1, branch: null }, step: 0, field: 'script', value: 'make build' },
    { type: 'addBranch', stage: 1, name: 'Lint' },
    { type: 'addStep', at: { stage: 1, branch: 1 }, kind: 'SHELL' },
    { type: 'setStepValue', at: { stage: 1, branch: 1 }, step: 0, field: 'script', value: 'make lint' },
    { type: 'addStage', name: 'Release' },
    { type: 'addStep', at: { stage: 2, branch: null }, kind: 'INPUT' },
    { type: 'setStepValue', at: { stage: 2, branch: null }, step: 0, field: 'message', value: 'Ship it?' },
    { type: 'addStep', at: { stage: 2, branch: null }, kind: 'DEPLOY' },
    { type: 'setStepValue', at: { stage: 2, branch: null }, step: 1, field: 'project', value: 'demo-project' },
    { type: 'setStepValue', at: { stage: 2, branch: null }, step: 1, field: 'manifest', value: 'deploy/app.yaml' },
    { type: 'setStepValue', at: { stage: 2, branch: null }, step: 1, field: 'credentialId', value: 'kube' },
    { type: 'addParameter' },
    { type: 'setParameter', index: 0, patch: { name: 'TARGET', type: 'CHOICE', choices: 'staging\nprod\n' } },
  ]);
}

describe('pipeline editor', () => {
  it('turns a stage with steps into parallel branches, the steps becoming the first branch', () => {
    const d = threeStages();
    expect(d.stages.map((s) => s.name)).toEqual(['Checkout', 'Build', 'Release']);
    expect(d.stages[1].steps).toEqual([]);
    expect(d.stages[1].branches.map((b) => [b.name, b.steps.map((s) => s.values.script)])).toEqual([
      ['Build 1', ['make build']],
      ['Lint', ['make lint']],
    ]);
    expect(checkDraft(d, true)).toEqual([]);
  });

  it('reports each problem at its field', () => {
    const d = apply(
      [
        { type: 'addStage', name: 'A' },
        { type: 'addStage', name: 'A' },
        { type: 'addStep', at: { stage: 1, branch: null }, kind: 'BUILD_IMAGE' },
        { type: 'addParameter' },
        { type: 'setParameter', index: 0, patch: { name: '1bad', type: 'STRING' } },
        { type: 'setOptions', patch: { cron: 'H 2 *', webhook: true, webhookSecret: 'short', numToKeep: '0' } },
      ],
    );
    expect(checkDraft(d, true).map((p) => `${p.path}:${p.code}`).sort()).toEqual(
      ['cron:cronFields', 'numToKeep:notCount', 'parameters[0].name:parameterName', 'stages[0].steps:emptyStage', 'stages[1].name:duplicate', 'stages[1].steps[0].image:required', 'webhookSecret:secretLength'].sort(),
    );
    expect(checkDraft(emptyPipeline(), true)).toEqual([{ path: 'stages', code: 'noStages' }]);
    // An update may leave the webhook secret blank (the API keeps the current one).
    expect(checkDraft({ ...threeStages(), webhook: true }, false)).toEqual([]);
    expect(checkDraft({ ...threeStages(), webhook: true }, true)).toEqual([{ path: 'webhookSecret', code: 'secretLength' }]);
  });

  it('moves and removes stages and steps', () => {
    let d = threeStages();
    d = editorReducer(d, { type: 'moveStage', stage: 2, by: -1 });
    expect(d.stages.map((s) => s.name)).toEqual(['Checkout', 'Release', 'Build']);
    d = editorReducer(d, { type: 'moveStep', at: { stage: 1, branch: null }, step: 0, by: 1 });
    expect(d.stages[1].steps.map((s) => s.kind)).toEqual(['DEPLOY', 'INPUT']);
    d = editorReducer(d, { type: 'removeStep', at: { stage: 1, branch: null }, step: 0 });
    d = editorReducer(d, { type: 'removeStage', stage: 0 });
    expect(d.stages.map((s) => [s.name, s.steps.length])).toEqual([
      ['Release', 1],
      ['Build', 0],
    ]);
  });

  it('sends the graph, parameters, triggers and discard policy the API takes', () => {
    const d = apply([{ type: 'setOptions', patch: { cron: 'H 2 * * *', webhook: true, webhookSecret: '0123456789abcdef', numToKeep: '10' } }], threeStages());
    const input = pipelineInput({ name: ' app ', description: '', source: 'EDITOR', scm: emptyScm(), jenkinsfile: '', draft: d });
    expect(input.name).toBe('app');
    expect(input.description).toBeNull();
    expect(input.scm).toBeUndefined();
    expect(input.graph?.stages[1]).toEqual({
      name: 'Build',
      steps: [],
      parallel: [
        { name: 'Build 1', steps: [{ kind: 'SHELL', script: 'make build' }] },
        { name: 'Lint', steps: [{ kind: 'SHELL', script: 'make lint' }] },
      ],
    });
    expect(input.parameters).toEqual([{ name: 'TARGET', type: 'CHOICE', description: null, defaultValue: 'staging', choices: ['staging', 'prod'] }]);
    expect(input.triggers).toEqual({ cron: 'H 2 * * *', pollScm: null, webhook: true, webhookSecret: '0123456789abcdef' });
    expect(input.discard).toEqual({ daysToKeep: null, numToKeep: 10 });
    const scm = pipelineInput({ name: 'x', description: 'd', source: 'SCM', scm: { ...emptyScm(), url: 'https://git.example.com/x.git ', credentialId: 'git' }, jenkinsfile: '', draft: emptyPipeline() });
    expect(scm.scm).toEqual({ url: 'https://git.example.com/x.git', branch: 'main', credentialId: 'git', scriptPath: 'Jenkinsfile' });
    expect(scm.graph).toBeUndefined();
  });

  it('reads back what it wrote: graph → Jenkinsfile → graph → the same editor stages', () => {
    const d = threeStages();
    const text = toJenkinsfile(graphOf(d));
    expect(text).toContain("stage('Release')");
    const graph = fromJenkinsfile(text);
    expect(graph).not.toBeNull();
    const back = formOf({ source: 'INLINE', jenkinsfile: text, graph, parameters: [], triggers: {} });
    expect(back.source).toBe('EDITOR');
    const shape = (x: PipelineDraft) => x.stages.map((s) => [s.name, s.steps.map((p) => p.values), s.branches.map((b) => [b.name, b.steps.map((p) => p.values)])]);
    // The converter fills defaults (branch main for a checkout); everything typed comes back.
    const again = graphOf(back.draft);
    expect(toJenkinsfile(again)).toBe(text);
    expect(shape(back.draft)[2]).toEqual(shape(d)[2]);
    expect(formOf({ source: 'INLINE', jenkinsfile: 'node { sh "x" }', graph: null, parameters: [], triggers: {} }).source).toBe('JENKINSFILE');
  });
});

describe('live run log', () => {
  const empty: RunLog = { raw: [], lines: [], pending: '', next: 0, done: false };
  const text = (log: RunLog) => log.lines.map((l) => l.map((s) => s.text).join(''));

  it('joins chunks that end mid-line and skips chunks seen before a resubscription', () => {
    let log = addChunk(empty, { text: '[Pipeline] sh\n+ echo hel', offset: 0, more: true });
    expect(text(log)).toEqual(['[Pipeline] sh']);
    log = addChunk(log, { text: 'lo\nhello\n', offset: 24, more: true });
    expect(text(log)).toEqual(['[Pipeline] sh', '+ echo hello', 'hello']);
    // The subscription reopened and streams from the start: the repeat adds nothing.
    log = addChunk(log, { text: '[Pipeline] sh\n+ echo hel', offset: 0, more: true });
    expect(text(log)).toEqual(['[Pipeline] sh', '+ echo hello', 'hello']);
    log = addChunk(log, { text: 'Finished: SUCCESS', offset: 33, more: false });
    expect(log.done).toBe(true);
    expect(text(log)).toEqual(['[Pipeline] sh', '+ echo hello', 'hello', 'Finished: SUCCESS']);
    expect(log.raw.join('')).toBe('[Pipeline] sh\n+ echo hello\nhello\nFinished: SUCCESS');
  });

  it('counts offsets in bytes (multi-byte text does not shift later chunks)', () => {
    const first = '构建 ✓\n';
    let log = addChunk(empty, { text: first, offset: 0, more: true });
    const bytes = Buffer.byteLength(first);
    expect(log.next).toBe(bytes);
    log = addChunk(log, { text: 'next\n', offset: bytes, more: true });
    expect(text(log)).toEqual(['构建 ✓', 'next']);
  });

  it('turns ANSI colours into class names and keeps markup as text', () => {
    const { lines } = toLogLines('\u001b[1;31mERROR\u001b[0m <script>alert(1)</script>\n\u001b[2K\u001b[32mok\u001b[0m\n');
    expect(lines[0]).toEqual([
      { text: 'ERROR', className: 'ansi-red-fg ansi-bold' },
      { text: ' <script>alert(1)</script>', className: '' },
    ]);
    expect(lines[1]).toEqual([{ text: 'ok', className: 'ansi-green-fg' }]);
    expect(lines.flat().some((s) => s.text.includes('\u001b'))).toBe(false);
  });
});

describe('stage graph layout', () => {
  const run = ['Declarative: Checkout SCM', 'Build', 'Checks', 'Lint', 'Unit', 'Deploy'].map((name) => ({ name }));
  const names = (cols: ReturnType<typeof stageColumns<{ name: string }>>) => cols.map((c) => [c.stage.name, c.branches.map((b) => b.name)]);

  it("puts Stage View's flat branches under their parallel stage, by the pipeline's graph", () => {
    const layout = [{ name: 'Build', branches: [] }, { name: 'Checks', branches: ['Lint', 'Unit'] }, { name: 'Deploy', branches: [] }];
    expect(names(stageColumns(run, layout))).toEqual([
      ['Declarative: Checkout SCM', []],
      ['Build', []],
      ['Checks', ['Lint', 'Unit']],
      ['Deploy', []],
    ]);
  });

  it('keeps the run order flat without a graph (SCM or hand-written Jenkinsfile)', () => {
    expect(names(stageColumns(run, null)).map(([n]) => n)).toEqual(run.map((s) => s.name));
  });
});
