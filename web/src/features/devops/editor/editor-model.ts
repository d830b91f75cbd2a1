/**
 * The graphical pipeline editor's state, as plain data with pure updates (a reducer), and its
 * checks. It is what the user edits; `toGraphInput` (graph-input.ts) turns it into the structured
 * graph the API turns into a Jenkinsfile, and `fromGraph` reads one back.
 */

import { STEP_FIELDS as CORE_STEP_FIELDS, type PipelineStepKind } from '@meridian/core/jenkinsfile/index';

export type StepKind = PipelineStepKind;
export type ParameterType = 'STRING' | 'CHOICE' | 'BOOLEAN';

export interface StepField {
  name: string;
  required: boolean;
  /** A script: a text area. */
  multiline: boolean;
  /** A credential id: picked from the project's credentials. */
  credential: boolean;
}

/** The fields each kind of step has, in form order, from the shared converter's STEP_FIELDS. */
export function stepFields(kind: StepKind): StepField[] {
  const spec = CORE_STEP_FIELDS[kind];
  const field = (name: string, required: boolean) => ({ name, required, multiline: name === 'script', credential: name === 'credentialId' });
  return [...spec.required.map((n) => field(n, true)), ...spec.optional.map((n) => field(n, false))];
}
export const STEP_KINDS = Object.keys(CORE_STEP_FIELDS) as StepKind[];

export interface StepDraft {
  key: string;
  kind: StepKind;
  /** The kind's fields by name (stepFields); blank means unset. */
  values: Record<string, string>;
}

export interface BranchDraft {
  key: string;
  name: string;
  steps: StepDraft[];
}

/** A stage runs its steps, or, when it has branches, its branches in parallel (never both). */
export interface StageDraft {
  key: string;
  name: string;
  steps: StepDraft[];
  branches: BranchDraft[];
}

export interface ParameterDraft {
  key: string;
  type: ParameterType;
  name: string;
  /** For CHOICE the first choice is the default; for BOOLEAN "true" or "false". */
  defaultValue: string;
  /** CHOICE only: one choice a line. */
  choices: string;
  description: string;
}

export interface PipelineDraft {
  stages: StageDraft[];
  parameters: ParameterDraft[];
  /** Cron spec for a timer trigger, blank for none. */
  cron: string;
  /** Cron spec for SCM polling, blank for none. */
  pollScm: string;
  /** A webhook URL with a secret triggers the pipeline. */
  webhook: boolean;
  /** The webhook's secret: needed on create; blank on update keeps the current one. */
  webhookSecret: string;
  /** Discard policy: keep runs this many days / this many runs; blank keeps all. */
  daysToKeep: string;
  numToKeep: string;
}

/** Where a step list lives: a stage's own steps, or one of its branches'. */
export interface StepsAt {
  stage: number;
  branch: number | null;
}

let counter = 0;
/** Keys for React lists, unique within the page (never sent to the API). */
export const newKey = (prefix: string) => `${prefix}-${++counter}`;

export const emptyStep = (kind: StepKind): StepDraft => ({ key: newKey('step'), kind, values: {} });
export const emptyStage = (name: string): StageDraft => ({ key: newKey('stage'), name, steps: [], branches: [] });
export const emptyBranch = (name: string): BranchDraft => ({ key: newKey('branch'), name, steps: [] });
export const emptyParameter = (): ParameterDraft => ({ key: newKey('param'), type: 'STRING', name: '', defaultValue: '', choices: '', description: '' });

export const emptyPipeline = (): PipelineDraft => ({ stages: [], parameters: [], cron: '', pollScm: '', webhook: false, webhookSecret: '', daysToKeep: '', numToKeep: '' });

export type EditorAction =
  | { type: 'load'; pipeline: PipelineDraft }
  | { type: 'addStage'; name: string }
  | { type: 'removeStage'; stage: number }
  | { type: 'moveStage'; stage: number; by: -1 | 1 }
  | { type: 'renameStage'; stage: number; name: string }
  | { type: 'addBranch'; stage: number; name: string }
  | { type: 'removeBranch'; stage: number; branch: number }
  | { type: 'renameBranch'; stage: number; branch: number; name: string }
  | { type: 'addStep'; at: StepsAt; kind: StepKind }
  | { type: 'removeStep'; at: StepsAt; step: number }
  | { type: 'moveStep'; at: StepsAt; step: number; by: -1 | 1 }
  | { type: 'setStepValue'; at: StepsAt; step: number; field: string; value: string }
  | { type: 'addParameter' }
  | { type: 'removeParameter'; index: number }
  | { type: 'setParameter'; index: number; patch: Partial<Omit<ParameterDraft, 'key'>> }
  | { type: 'setOptions'; patch: Partial<Pick<PipelineDraft, 'cron' | 'pollScm' | 'webhook' | 'webhookSecret' | 'daysToKeep' | 'numToKeep'>> };

const replaceAt = <T>(list: T[], i: number, f: (x: T) => T): T[] => list.map((x, j) => (j === i ? f(x) : x));
const removeAt = <T>(list: T[], i: number): T[] => list.filter((_, j) => j !== i);
function move<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** Applies `f` to the step list at `at`. */
function updateSteps(p: PipelineDraft, at: StepsAt, f: (steps: StepDraft[]) => StepDraft[]): PipelineDraft {
  return {
    ...p,
    stages: replaceAt(p.stages, at.stage, (s) =>
      at.branch == null ? { ...s, steps: f(s.steps) } : { ...s, branches: replaceAt(s.branches, at.branch, (b) => ({ ...b, steps: f(b.steps) })) },
    ),
  };
}

export function editorReducer(p: PipelineDraft, a: EditorAction): PipelineDraft {
  switch (a.type) {
    case 'load':
      return a.pipeline;
    case 'addStage':
      return { ...p, stages: [...p.stages, emptyStage(a.name)] };
    case 'removeStage':
      return { ...p, stages: removeAt(p.stages, a.stage) };
    case 'moveStage':
      return { ...p, stages: move(p.stages, a.stage, a.by) };
    case 'renameStage':
      return { ...p, stages: replaceAt(p.stages, a.stage, (s) => ({ ...s, name: a.name })) };
    case 'addBranch':
      // A stage's own steps become its first branch: a stage is either steps or branches.
      return {
        ...p,
        stages: replaceAt(p.stages, a.stage, (s) => {
          const first = s.branches.length === 0 && s.steps.length > 0 ? [{ ...emptyBranch(`${s.name} 1`), steps: s.steps }] : s.branches;
          return { ...s, steps: [], branches: [...first, emptyBranch(a.name)] };
        }),
      };
    case 'removeBranch':
      return { ...p, stages: replaceAt(p.stages, a.stage, (s) => ({ ...s, branches: removeAt(s.branches, a.branch) })) };
    case 'renameBranch':
      return { ...p, stages: replaceAt(p.stages, a.stage, (s) => ({ ...s, branches: replaceAt(s.branches, a.branch, (b) => ({ ...b, name: a.name })) })) };
    case 'addStep':
      return updateSteps(p, a.at, (steps) => [...steps, emptyStep(a.kind)]);
    case 'removeStep':
      return updateSteps(p, a.at, (steps) => removeAt(steps, a.step));
    case 'moveStep':
      return updateSteps(p, a.at, (steps) => move(steps, a.step, a.by));
    case 'setStepValue':
      return updateSteps(p, a.at, (steps) => replaceAt(steps, a.step, (s) => ({ ...s, values: { ...s.values, [a.field]: a.value } })));
    case 'addParameter':
      return { ...p, parameters: [...p.parameters, emptyParameter()] };
    case 'removeParameter':
      return { ...p, parameters: removeAt(p.parameters, a.index) };
    case 'setParameter':
      return { ...p, parameters: replaceAt(p.parameters, a.index, (x) => ({ ...x, ...a.patch })) };
    case 'setOptions':
      return { ...p, ...a.patch };
  }
}

/** A problem at a field of the draft; `path` names it like a form field (`stages[0].name`). */
export interface DraftProblem {
  path: string;
  code: 'required' | 'duplicate' | 'noStages' | 'emptyStage' | 'parameterName' | 'noChoices' | 'notCount' | 'cronFields' | 'secretLength';
}

const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const COUNT = /^[1-9][0-9]{0,5}$/;

/**
 * What keeps the draft from being saved: every problem, each at its field. `creating`: a new
 * pipeline's webhook needs its secret (an update without one keeps the current secret).
 */
export function checkDraft(p: PipelineDraft, creating: boolean): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (p.stages.length === 0) problems.push({ path: 'stages', code: 'noStages' });
  const stageNames = new Set<string>();
  p.stages.forEach((s, i) => {
    const at = `stages[${i}]`;
    if (!s.name.trim()) problems.push({ path: `${at}.name`, code: 'required' });
    else if (stageNames.has(s.name.trim())) problems.push({ path: `${at}.name`, code: 'duplicate' });
    stageNames.add(s.name.trim());
    if (s.branches.length === 0) {
      if (s.steps.length === 0) problems.push({ path: `${at}.steps`, code: 'emptyStage' });
      problems.push(...checkSteps(s.steps, at));
    }
    const branchNames = new Set<string>();
    s.branches.forEach((b, j) => {
      const bat = `${at}.parallel[${j}]`;
      if (!b.name.trim()) problems.push({ path: `${bat}.name`, code: 'required' });
      else if (branchNames.has(b.name.trim()) || stageNames.has(b.name.trim())) problems.push({ path: `${bat}.name`, code: 'duplicate' });
      branchNames.add(b.name.trim());
      if (b.steps.length === 0) problems.push({ path: `${bat}.steps`, code: 'emptyStage' });
      problems.push(...checkSteps(b.steps, bat));
    });
  });
  const paramNames = new Set<string>();
  p.parameters.forEach((x, i) => {
    const at = `parameters[${i}]`;
    if (!PARAMETER_NAME.test(x.name)) problems.push({ path: `${at}.name`, code: x.name ? 'parameterName' : 'required' });
    else if (paramNames.has(x.name)) problems.push({ path: `${at}.name`, code: 'duplicate' });
    paramNames.add(x.name);
    if (x.type === 'CHOICE' && choicesOf(x).length === 0) problems.push({ path: `${at}.choices`, code: 'noChoices' });
  });
  for (const field of ['cron', 'pollScm'] as const) {
    const spec = p[field].trim();
    if (spec && !spec.startsWith('@') && spec.split(/\s+/).length !== 5) problems.push({ path: field, code: 'cronFields' });
  }
  if (p.webhook && (p.webhookSecret || creating) && p.webhookSecret.length < 16) problems.push({ path: 'webhookSecret', code: 'secretLength' });
  for (const field of ['daysToKeep', 'numToKeep'] as const) {
    if (p[field].trim() && !COUNT.test(p[field].trim())) problems.push({ path: field, code: 'notCount' });
  }
  return problems;
}

function checkSteps(steps: StepDraft[], at: string): DraftProblem[] {
  return steps.flatMap((s, k) =>
    stepFields(s.kind).filter((f) => f.required && !(s.values[f.name] ?? '').trim()).map((f) => ({ path: `${at}.steps[${k}].${f.name}`, code: 'required' as const })),
  );
}

export const choicesOf = (x: Pick<ParameterDraft, 'choices'>) =>
  x.choices
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
