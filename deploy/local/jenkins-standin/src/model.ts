/**
 * The stand-in's in-memory world: folders, Pipeline jobs, their runs and the build queue.
 * Shapes follow what Jenkins keeps per item; `render.ts` turns them into Jenkins' JSON.
 */

/**
 * One step of a stage as the stand-in plays it: `log` lines (echo, or what sh/git/docker would
 * print), waiting for `input`, recording `junit` results or archived artifacts, failing.
 */
export type StepSpec =
  | { kind: 'log'; fn: string; name: string; lines: string[] }
  | { kind: 'input'; message: string; id: string }
  | { kind: 'junit'; pattern: string }
  | { kind: 'archive'; paths: string[] }
  | { kind: 'error'; message: string };

export interface StageSpec {
  name: string;
  /** How long the stage runs, in ms (the log lines are spread over it). */
  durationMs: number;
  /** Lines the stage echoes (the seed's short form: one echo step per line). */
  logs: string[];
  /** If set, the stage fails with this error message and later stages are skipped. */
  error?: string;
  /** The stage's steps in order (from a Jenkinsfile); when absent, `logs` and `error` say it. */
  steps?: StepSpec[];
}

export interface ParameterDefinition {
  name: string;
  defaultValue: string;
  description?: string;
  /** Jenkins' parameter class: String (default), Boolean or Choice. */
  type?: 'string' | 'boolean' | 'choice';
  choices?: string[];
}

/** A credential in a folder's store; `xml` holds the secret, like Jenkins' credentials.xml. */
export interface StoredCredential {
  id: string;
  typeName: string;
  description: string;
  xml: string;
}

export interface Folder {
  kind: 'folder';
  name: string;
  description: string | null;
  items: Map<string, Item>;
  parent: Folder | null;
  credentials: Map<string, StoredCredential>;
}

export interface PipelineJob {
  kind: 'pipeline';
  name: string;
  description: string | null;
  parent: Folder;
  parameters: ParameterDefinition[];
  stages: StageSpec[];
  /** The config.xml as last posted (GET config.xml answers it). */
  configXml: string;
  /** Newest first, as Jenkins lists builds. */
  runs: Run[];
  nextBuildNumber: number;
}

export type Item = Folder | PipelineJob;

export type RunResult = 'SUCCESS' | 'FAILURE' | 'ABORTED' | 'UNSTABLE' | 'NOT_BUILT';
export type StageState = 'NOT_EXECUTED' | 'IN_PROGRESS' | 'PAUSED_PENDING_INPUT' | 'SUCCESS' | 'FAILED' | 'ABORTED';

/** A step's flow node (Stage View's stageFlowNodes), with the log it wrote. */
export interface StepNode {
  id: string;
  name: string;
  status: StageState;
  startTimeMillis: number;
  durationMillis: number;
  log: Buffer;
  parentId: string;
}

export interface StageRun {
  id: string;
  name: string;
  status: StageState;
  startTimeMillis: number;
  durationMillis: number;
  nodes: StepNode[];
}

export interface PendingInput {
  id: string;
  message: string;
  /** Settles the waiting input step: true proceeds, false aborts. */
  settle: (proceed: boolean, by: string) => void;
}

export interface Run {
  job: PipelineJob;
  number: number;
  queueId: number;
  /** When the build started (Jenkins' `timestamp`). */
  timestamp: number;
  /** 0 while building, as in Jenkins. */
  duration: number;
  building: boolean;
  result: RunResult | null;
  /** The console log as bytes: progressiveText offsets are byte offsets. */
  log: Buffer;
  stages: StageRun[];
  parameters: Record<string, string>;
  startedBy: string;
  /** Jenkins' cause text when not "Started by user …" (a replay). */
  cause?: string;
  /** Set by /stop; the runner checks it between steps and wakes from any wait. */
  abortRequested: boolean;
  /** Wakes the runner from a sleep or an input wait (set while it waits). */
  wake?: () => void;
  description: string | null;
  /** The input step waiting for an answer, if any. */
  pendingInput: PendingInput | null;
  artifacts: string[];
  tests: { pass: number; fail: number; skip: number } | null;
  /** The stages this run executes (a replay runs the same ones). */
  script: StageSpec[];
  nextNodeId: number;
}

export interface QueueItem {
  id: number;
  job: PipelineJob;
  parameters: Record<string, string>;
  inQueueSince: number;
  /** When the quiet period ends and the build starts. */
  startsAt: number;
  startedBy: string;
  run?: Run;
  cancelled: boolean;
}

export function newFolder(name: string, parent: Folder | null, description: string | null = null): Folder {
  return { kind: 'folder', name, description, items: new Map(), parent, credentials: new Map() };
}

/** `a/b/c` for an item inside folders a and b. */
export function fullName(item: Item): string {
  const parts: string[] = [];
  for (let cur: Item | null = item; cur && cur.parent; cur = cur.parent) parts.unshift(cur.name);
  return parts.join('/');
}

/** The item's URL path below the Jenkins root: `job/a/job/b/`. */
export function itemPath(item: Item): string {
  return fullName(item)
    .split('/')
    .map((n) => `job/${encodeURIComponent(n)}/`)
    .join('');
}
