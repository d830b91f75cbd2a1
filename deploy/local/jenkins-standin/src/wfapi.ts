/**
 * Pipeline Stage View's REST API (pipeline-stage-view-plugin, rest-api/README.md): a run's
 * `wfapi/describe`, a job's `wfapi/runs`, `wfapi/pendingInputActions`, a flow node's
 * `execution/node/<id>/wfapi/describe` (a stage with its `stageFlowNodes`) and
 * `execution/node/<id>/wfapi/log`, and `wfapi/artifacts`.
 */
import { itemPath, type Run, type StageRun, type StepNode } from './model.ts';

const runHref = (run: Run) => `/${itemPath(run.job)}${run.number}`;

/** The last 10 KiB of a node's log, as Stage View shows it (the whole log is the console). */
const NODE_LOG_TAIL = 10 * 1024;

export function runStatus(run: Run): string {
  if (run.pendingInput) return 'PAUSED_PENDING_INPUT';
  if (run.building) return 'IN_PROGRESS';
  return ({ SUCCESS: 'SUCCESS', FAILURE: 'FAILED', ABORTED: 'ABORTED', UNSTABLE: 'UNSTABLE', NOT_BUILT: 'NOT_EXECUTED' } as const)[run.result ?? 'NOT_BUILT'];
}

const nodeDuration = (n: { status: string; startTimeMillis: number; durationMillis: number }, now: number) =>
  n.status === 'IN_PROGRESS' || n.status === 'PAUSED_PENDING_INPUT' ? now - n.startTimeMillis : n.durationMillis;

export function describeJson(run: Run, now: number): Record<string, unknown> {
  const end = run.building ? now : run.timestamp + run.duration;
  const path = runHref(run);
  const links: Record<string, { href: string }> = { self: { href: `${path}/wfapi/describe` } };
  if (run.pendingInput) links.pendingInputActions = { href: `${path}/wfapi/pendingInputActions` };
  if (run.artifacts.length) links.artifacts = { href: `${path}/wfapi/artifacts` };
  return {
    _links: links,
    id: String(run.number),
    name: `#${run.number}`,
    status: runStatus(run),
    startTimeMillis: run.timestamp,
    endTimeMillis: end,
    durationMillis: end - run.timestamp,
    queueDurationMillis: 0,
    pauseDurationMillis: 0,
    stages: run.stages.map((s) => ({
      _links: { self: { href: `${path}/execution/node/${s.id}/wfapi/describe` } },
      id: s.id,
      name: s.name,
      execNode: '',
      status: s.status,
      startTimeMillis: s.startTimeMillis,
      durationMillis: nodeDuration(s, now),
      pauseDurationMillis: 0,
    })),
  };
}

/** `wfapi/runs`: the newest runs first (Stage View shows ten). */
export const runsJson = (runs: Run[], now: number) => runs.slice(0, 10).map((r) => describeJson(r, now));

export function pendingInputsJson(run: Run): unknown[] {
  if (!run.pendingInput) return [];
  const base = `${runHref(run)}/input/${run.pendingInput.id}`;
  return [{ id: run.pendingInput.id, proceedText: 'Proceed', message: run.pendingInput.message, inputs: [], proceedUrl: `${base}/proceedEmpty`, abortUrl: `${base}/abort`, redirectApprovalUrl: `${runHref(run)}/input/` }];
}

function stepJson(run: Run, n: StepNode, now: number) {
  const path = runHref(run);
  return {
    _links: { self: { href: `${path}/execution/node/${n.id}/wfapi/describe` }, log: { href: `${path}/execution/node/${n.id}/wfapi/log` } },
    id: n.id,
    name: n.name,
    execNode: '',
    status: n.status,
    startTimeMillis: n.startTimeMillis,
    durationMillis: nodeDuration(n, now),
    pauseDurationMillis: 0,
    parentNodes: [n.parentId],
  };
}

function findNode(run: Run, id: string): { stage?: StageRun; step?: StepNode } {
  for (const stage of run.stages) {
    if (stage.id === id) return { stage };
    const step = stage.nodes.find((n) => n.id === id);
    if (step) return { step };
  }
  return {};
}

/** undefined: no such node. */
export function nodeDescribeJson(run: Run, id: string, now: number): Record<string, unknown> | undefined {
  const { stage, step } = findNode(run, id);
  if (step) return stepJson(run, step, now);
  if (!stage) return undefined;
  return {
    _links: { self: { href: `${runHref(run)}/execution/node/${stage.id}/wfapi/describe` } },
    id: stage.id,
    name: stage.name,
    execNode: '',
    status: stage.status,
    startTimeMillis: stage.startTimeMillis,
    durationMillis: nodeDuration(stage, now),
    pauseDurationMillis: 0,
    stageFlowNodes: stage.nodes.map((n) => stepJson(run, n, now)),
  };
}

export function nodeLogJson(run: Run, id: string): Record<string, unknown> | undefined {
  const { stage, step } = findNode(run, id);
  const log = step ? step.log : stage ? Buffer.alloc(0) : undefined;
  if (!log) return undefined;
  const tail = log.length > NODE_LOG_TAIL ? log.subarray(log.length - NODE_LOG_TAIL) : log;
  return {
    nodeId: id,
    nodeStatus: (step ?? stage)!.status,
    length: log.length,
    hasMore: log.length > NODE_LOG_TAIL,
    text: tail.toString('utf8'),
    consoleUrl: `${runHref(run)}/execution/node/${id}/log`,
  };
}

export function artifactsJson(run: Run): unknown[] {
  return run.artifacts.map((p, i) => ({ id: `n${i + 1}`, name: p.split('/').pop(), path: p, url: `${runHref(run)}/artifact/${p}`, size: Buffer.byteLength(artifactContent(run, p)) }));
}

/** What an archived artifact holds in the stand-in (it builds nothing real). */
export const artifactContent = (run: Run, path: string) => `${path} from ${run.job.name} #${run.number}\n`;
