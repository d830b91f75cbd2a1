/**
 * Runs a queued build through its stages over a few seconds, writing the console log the way
 * a Pipeline build does (`[Pipeline] stage`, `Finished: SUCCESS`), so that clients can follow
 * it through progressiveText and watch stages change in wfapi/describe.
 */
import type { PipelineJob, QueueItem, Run, StageSpec } from './model.ts';

// Unref'd: a build in progress must not keep a stopping stand-in (or a test process) alive.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/** `${params.X}` and `${X}` expand to the run's parameters, as in a Groovy GString. */
export function expand(line: string, params: Record<string, string>): string {
  return line.replace(/\$\{(?:params\.)?([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name: string) => params[name] ?? m);
}

export function append(run: Run, text: string): void {
  run.log = Buffer.concat([run.log, Buffer.from(text, 'utf8')]);
}

export function newRun(job: PipelineJob, q: Pick<QueueItem, 'id' | 'parameters' | 'startedBy'>, now: number): Run {
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
  };
  job.runs.unshift(run);
  append(run, `Started by user ${q.startedBy}\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on Jenkins in /var/jenkins_home/workspace/${job.name}\n[Pipeline] {\n`);
  return run;
}

/**
 * Executes the stages. With `instant`, no time passes (for seeding history); otherwise each
 * stage's log lines are spread over its duration.
 */
export async function execute(run: Run, stages: StageSpec[], opts: { instant?: boolean; clock?: () => number } = {}): Promise<void> {
  const clock = opts.clock ?? Date.now;
  let failed: string | undefined;
  let nodeId = 5;
  // Seeded history has no real time passing: stages start back to back from the run's start.
  let seededStart = run.timestamp;
  for (const spec of stages) {
    nodeId += 3;
    const startTimeMillis = opts.instant ? seededStart : clock();
    seededStart += spec.durationMs;
    const stage = { id: String(nodeId), name: spec.name, status: 'IN_PROGRESS' as const, startTimeMillis, durationMillis: 0 };
    run.stages.push(stage);
    if (failed || run.abortRequested) {
      Object.assign(stage, { status: 'NOT_EXECUTED' });
      append(run, `[Pipeline] stage\n[Pipeline] { (${spec.name})\nStage "${spec.name}" skipped due to earlier failure(s)\n[Pipeline] }\n[Pipeline] // stage\n`);
      continue;
    }
    append(run, `[Pipeline] stage\n[Pipeline] { (${spec.name})\n`);
    const steps = Math.max(spec.logs.length, 1);
    for (const line of spec.logs) {
      if (!opts.instant) await sleep(spec.durationMs / steps);
      if (run.abortRequested) break;
      append(run, `[Pipeline] echo\n${expand(line, run.parameters)}\n`);
    }
    if (!spec.logs.length && !opts.instant) await sleep(spec.durationMs);
    if (run.abortRequested) {
      Object.assign(stage, { status: 'ABORTED', durationMillis: clock() - stage.startTimeMillis });
      append(run, `[Pipeline] }\n[Pipeline] // stage\n`);
      continue;
    }
    if (spec.error) {
      failed = expand(spec.error, run.parameters);
      append(run, `[Pipeline] error\n`);
    }
    Object.assign(stage, { status: spec.error ? 'FAILED' : 'SUCCESS', durationMillis: opts.instant ? spec.durationMs : clock() - stage.startTimeMillis });
    append(run, `[Pipeline] }\n[Pipeline] // stage\n`);
  }
  append(run, `[Pipeline] }\n[Pipeline] // node\n[Pipeline] End of Pipeline\n`);
  if (run.abortRequested) append(run, `Aborted by ${run.startedBy}\n`);
  else if (failed) append(run, `ERROR: ${failed}\n`);
  const result = run.abortRequested ? 'ABORTED' : failed ? 'FAILURE' : 'SUCCESS';
  append(run, `Finished: ${result}\n`);
  run.result = result;
  run.duration = opts.instant ? stages.reduce((n, s) => n + s.durationMs, 0) : clock() - run.timestamp;
  run.building = false;
}
