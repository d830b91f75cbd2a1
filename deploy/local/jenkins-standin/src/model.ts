/**
 * The stand-in's in-memory world: folders, Pipeline jobs, their runs and the build queue.
 * Shapes follow what Jenkins keeps per item; `render.ts` turns them into Jenkins' JSON.
 */

export interface StageSpec {
  name: string;
  /** How long the stage runs, in ms (the log lines are spread over it). */
  durationMs: number;
  /** Lines the stage echoes. */
  logs: string[];
  /** If set, the stage fails with this error message and later stages are skipped. */
  error?: string;
}

export interface ParameterDefinition {
  name: string;
  defaultValue: string;
  description?: string;
}

export interface Folder {
  kind: 'folder';
  name: string;
  description: string | null;
  items: Map<string, Item>;
  parent: Folder | null;
}

export interface PipelineJob {
  kind: 'pipeline';
  name: string;
  description: string | null;
  parent: Folder;
  parameters: ParameterDefinition[];
  stages: StageSpec[];
  /** Newest first, as Jenkins lists builds. */
  runs: Run[];
  nextBuildNumber: number;
}

export type Item = Folder | PipelineJob;

export type RunResult = 'SUCCESS' | 'FAILURE' | 'ABORTED' | 'UNSTABLE' | 'NOT_BUILT';
export type StageState = 'NOT_EXECUTED' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'ABORTED';

export interface StageRun {
  id: string;
  name: string;
  status: StageState;
  startTimeMillis: number;
  durationMillis: number;
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
  /** Set by /stop; the runner checks it between steps. */
  abortRequested: boolean;
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
  return { kind: 'folder', name, description, items: new Map(), parent };
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
