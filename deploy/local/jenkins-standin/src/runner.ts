/**
 * Runs a queued build through its stages over a few seconds, writing the console log the way
 * a Pipeline build does (`[Pipeline] stage`, step output, `Finished: SUCCESS`), so that
 * clients can follow it through progressiveText and watch stages change in wfapi/describe.
 * Each step is a flow node with its own log (Stage View's per-node log). An `input` step waits
 * for proceed or abort; `stop` wakes any wait and ends the run ABORTED at once.
 */
import type { PipelineJob, QueueItem, Run, StageRun, StageSpec, StepNode, StepSpec } from './model.ts';

/** Sleeps unless the run is woken (stop, input answer). Unref'd: a run never keeps a process alive. */
function sleep(run: Run, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(t);
      if (run.wake === done) run.wake = undefined;
      resolve();
    };
    const t = setTimeout(done, ms);
    t.unref();
    run.wake = done;
  });
}

/** `${params.X}` and `${X}` expand to the run's parameters, as in a Groovy GString (or the shell's environment). */
export function expand(line: string, params: Record<string, string>): string {
  return line.replace(/\$\{(?:params\.)?([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name: string) => params[name] ?? m);
}

export function append(run: Run, text: string, node?: StepNode): void {
  run.log = Buffer.concat([run.log, Buffer.from(text, 'utf8')]);
  if (node) node.log = Buffer.concat([node.log, Buffer.from(text, 'utf8')]);
}

export function newRun(job: PipelineJob, q: Pick<QueueItem, 'id' | 'parameters' | 'startedBy'> & { cause?: string }, now: number, script: StageSpec[] = job.stages): Run {
  const run: Run = {
    job,
    number: job.nextBuildNumber++,
    queueId: q.id,
    timestamp: now,
    duration: 0,
    building: true,
    result: null,
    log: Buffer.alloc(0),
    stages: [],
    parameters: q.parameters,
    startedBy: q.startedBy,
    abortRequested: false,
    description: null,
    pendingInput: null,
    artifacts: [],
    tests: null,
    script,
    nextNodeId: 3,
    cause: q.cause,
  };
  job.runs.unshift(run);
  append(run, `${q.cause ?? `Started by user ${q.startedBy}`}\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on Jenkins in /var/jenkins_home/workspace/${job.name}\n[Pipeline] {\n`);
  return run;
}

/** The seed's short form (echo lines, then an error) as steps. */
function stepsOf(spec: StageSpec): StepSpec[] {
  if (spec.steps) return spec.steps;
  const steps: StepSpec[] = spec.logs.map((line) => ({ kind: 'log', fn: 'echo', name: 'Print Message', lines: [line] }));
  if (spec.error) steps.push({ kind: 'error', message: spec.error });
  return steps;
}

/** Waits for the input's answer; true proceeds. Stop answers it with abort. */
function waitForInput(run: Run, stage: StageRun, step: Extract<StepSpec, { kind: 'input' }>, node: StepNode): Promise<boolean> {
  stage.status = 'PAUSED_PENDING_INPUT';
  node.status = 'PAUSED_PENDING_INPUT';
  append(run, `[Pipeline] input\n${step.message}\nProceed or Abort\n`, node);
  return new Promise((resolve) => {
    const settle = (proceed: boolean, by: string) => {
      if (run.pendingInput?.id !== step.id) return;
      run.pendingInput = null;
      run.wake = undefined;
      append(run, proceed ? `Approved by ${by}\n` : `Rejected by ${by}\n`, node);
      stage.status = 'IN_PROGRESS';
      resolve(proceed);
    };
    run.pendingInput = { id: step.id, message: step.message, settle };
    run.wake = () => settle(false, run.startedBy);
  });
}

/** PASS/FAIL/SKIP lines the stage printed so far, as JUnit would count its report. */
function countTests(stage: StageRun): { pass: number; fail: number; skip: number } {
  const lines = stage.nodes.flatMap((n) => n.log.toString('utf8').split('\n'));
  const count = (word: string) => lines.filter((l) => new RegExp(`^(\\+ echo )?${word}\\b`).test(l)).length;
  return { pass: count('PASS'), fail: count('FAIL'), skip: count('SKIP') };
}

/**
 * Executes the run's stages. With `instant`, no time passes and inputs proceed (for seeding
 * history); otherwise each stage's steps are spread over its duration.
 */
export async function execute(run: Run, opts: { instant?: boolean; clock?: () => number } = {}): Promise<void> {
  const clock = opts.clock ?? Date.now;
  let failed: string | undefined;
  let unstable = false;
  // Seeded history has no real time passing: stages start back to back from the run's start.
  let seededStart = run.timestamp;
  for (const spec of run.script) {
    const startTimeMillis = opts.instant ? seededStart : clock();
    seededStart += spec.durationMs;
    const stage: StageRun = { id: String(run.nextNodeId), name: spec.name, status: 'IN_PROGRESS', startTimeMillis, durationMillis: 0, nodes: [] };
    run.nextNodeId += 2;
    run.stages.push(stage);
    if (failed || run.abortRequested) {
      stage.status = 'NOT_EXECUTED';
      append(run, `[Pipeline] stage\n[Pipeline] { (${spec.name})\nStage "${spec.name}" skipped due to earlier failure(s)\n[Pipeline] }\n[Pipeline] // stage\n`);
      continue;
    }
    append(run, `[Pipeline] stage\n[Pipeline] { (${spec.name})\n`);
    const steps = stepsOf(spec);
    const stepMs = spec.durationMs / Math.max(steps.length, 1);
    if (!steps.length && !opts.instant) await sleep(run, spec.durationMs);
    for (const step of steps) {
      if (run.abortRequested || failed) break;
      const name = step.kind === 'log' ? step.name : ({ input: 'Wait for interactive input', junit: 'Archive JUnit-formatted test results', archive: 'Archive the artifacts', error: 'Error signal' } as const)[step.kind];
      const node: StepNode = { id: String(run.nextNodeId++), name, status: 'IN_PROGRESS', startTimeMillis: opts.instant ? startTimeMillis : clock(), durationMillis: 0, log: Buffer.alloc(0), parentId: stage.id };
      stage.nodes.push(node);
      if (step.kind === 'log') {
        append(run, `[Pipeline] ${step.fn}\n`);
        for (const line of step.lines) {
          if (!opts.instant) await sleep(run, stepMs / step.lines.length);
          if (run.abortRequested) break;
          append(run, `${expand(line, run.parameters)}\n`, node);
        }
      } else if (step.kind === 'input') {
        if (!opts.instant && !(await waitForInput(run, stage, step, node))) run.abortRequested = true;
      } else if (step.kind === 'junit') {
        append(run, `[Pipeline] junit\nRecording test results\n`, node);
        const t = countTests(stage);
        run.tests = { pass: (run.tests?.pass ?? 0) + t.pass, fail: (run.tests?.fail ?? 0) + t.fail, skip: (run.tests?.skip ?? 0) + t.skip };
        unstable ||= t.fail > 0;
      } else if (step.kind === 'archive') {
        append(run, `[Pipeline] archiveArtifacts\nArchiving artifacts\n`, node);
        run.artifacts.push(...step.paths);
      } else {
        failed = expand(step.message, run.parameters);
        append(run, `[Pipeline] error\n`);
      }
      const end = opts.instant ? node.startTimeMillis + stepMs : clock();
      Object.assign(node, { status: run.abortRequested ? 'ABORTED' : step.kind === 'error' ? 'FAILED' : 'SUCCESS', durationMillis: end - node.startTimeMillis });
    }
    const status = run.abortRequested ? 'ABORTED' : failed ? 'FAILED' : 'SUCCESS';
    Object.assign(stage, { status, durationMillis: opts.instant ? spec.durationMs : clock() - stage.startTimeMillis });
    append(run, `[Pipeline] }\n[Pipeline] // stage\n`);
  }
  append(run, `[Pipeline] }\n[Pipeline] // node\n[Pipeline] End of Pipeline\n`);
  if (run.abortRequested) append(run, `Aborted by ${run.startedBy}\n`);
  else if (failed) append(run, `ERROR: ${failed}\n`);
  const result = run.abortRequested ? 'ABORTED' : failed ? 'FAILURE' : unstable ? 'UNSTABLE' : 'SUCCESS';
  append(run, `Finished: ${result}\n`);
  run.result = result;
  run.duration = opts.instant ? run.script.reduce((n, s) => n + s.durationMs, 0) : clock() - run.timestamp;
  run.building = false;
}
