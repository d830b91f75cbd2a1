/**
 * The graphical pipeline editor's model: stages in order, each with steps or with parallel
 * branches of steps. Plain data (the GraphQL PipelineGraph has the same shape), so the console
 * and the devops subgraph share one converter.
 */

export type PipelineStepKind = 'SHELL' | 'CHECKOUT' | 'BUILD_IMAGE' | 'DEPLOY' | 'INPUT';

/** One step; which fields count depends on `kind` (see STEP_FIELDS). */
export interface PipelineStep {
  kind: PipelineStepKind;
  script?: string | null;
  url?: string | null;
  branch?: string | null;
  credentialId?: string | null;
  image?: string | null;
  dockerfile?: string | null;
  context?: string | null;
  project?: string | null;
  manifest?: string | null;
  message?: string | null;
  submitter?: string | null;
}

export interface PipelineBranch {
  name: string;
  steps: PipelineStep[];
}

export interface PipelineStage {
  name: string;
  steps: PipelineStep[];
  parallel: PipelineBranch[];
}

export interface PipelineGraph {
  /** Agent label; null runs on any agent. */
  agent: string | null;
  stages: PipelineStage[];
}

type Field = Exclude<keyof PipelineStep, 'kind'>;

/** Fields each kind uses: required ones first, then optional ones. */
export const STEP_FIELDS: Record<PipelineStepKind, { required: Field[]; optional: Field[] }> = {
  SHELL: { required: ['script'], optional: [] },
  CHECKOUT: { required: ['url'], optional: ['branch', 'credentialId'] },
  BUILD_IMAGE: { required: ['image'], optional: ['dockerfile', 'context', 'credentialId'] },
  DEPLOY: { required: ['project', 'manifest', 'credentialId'], optional: [] },
  INPUT: { required: ['message'], optional: ['submitter'] },
};

/** Values that end up in a shell command line unquoted must be plain words. */
const SHELL_WORD = /^[A-Za-z0-9._:/@+=,-]+$/;
const SHELL_WORD_FIELDS = new Set<Field>(['image', 'dockerfile', 'context', 'project', 'manifest']);

/**
 * A step with only its kind's fields, defaults filled in (branch main, Dockerfile, context .),
 * so that a graph and the graph read back from its Jenkinsfile compare equal.
 */
export function normalizeStep(step: PipelineStep): PipelineStep {
  const { required, optional } = STEP_FIELDS[step.kind];
  const out: PipelineStep = { kind: step.kind };
  for (const f of [...required, ...optional]) {
    const v = step[f];
    if (v !== undefined && v !== null && v !== '') out[f] = v;
  }
  if (step.kind === 'CHECKOUT') out.branch ??= 'main';
  if (step.kind === 'BUILD_IMAGE') {
    out.dockerfile ??= 'Dockerfile';
    out.context ??= '.';
  }
  return out;
}

export function normalizeGraph(graph: PipelineGraph): PipelineGraph {
  return {
    agent: graph.agent || null,
    stages: graph.stages.map((s) => ({
      name: s.name,
      steps: (s.steps ?? []).map(normalizeStep),
      parallel: (s.parallel ?? []).map((b) => ({ name: b.name, steps: b.steps.map(normalizeStep) })),
    })),
  };
}

/** What is wrong with a graph, as `path: problem` lines; empty when it can be written. */
export function graphProblems(graph: PipelineGraph): string[] {
  const problems: string[] = [];
  if (graph.agent && !/^[A-Za-z0-9 _.&|!()-]+$/.test(graph.agent)) problems.push('agent: not a label expression');
  if (!graph.stages.length) problems.push('stages: at least one stage is needed');
  const checkSteps = (steps: PipelineStep[], at: string) => {
    if (!steps.length) problems.push(`${at}: at least one step is needed`);
    steps.forEach((step, i) => {
      const where = `${at}.steps[${i}]`;
      const spec = Object.hasOwn(STEP_FIELDS, step.kind) ? STEP_FIELDS[step.kind] : undefined;
      if (!spec) return problems.push(`${where}: unknown step kind`);
      for (const f of spec.required) if (!step[f]?.trim()) problems.push(`${where}.${f}: required for ${step.kind}`);
      for (const f of [...spec.required, ...spec.optional]) {
        const v = step[f];
        if (v && SHELL_WORD_FIELDS.has(f) && !SHELL_WORD.test(v)) problems.push(`${where}.${f}: letters, digits and . _ : / @ + = , - only`);
        if (v && f === 'credentialId' && !/^[A-Za-z0-9._-]+$/.test(v)) problems.push(`${where}.${f}: not a credential id`);
      }
    });
  };
  const names = new Set<string>();
  graph.stages.forEach((stage, i) => {
    const at = `stages[${i}]`;
    if (!stage.name?.trim()) problems.push(`${at}.name: required`);
    if (names.has(stage.name)) problems.push(`${at}.name: "${stage.name}" is used twice`);
    names.add(stage.name);
    const parallel = stage.parallel ?? [];
    const steps = stage.steps ?? [];
    if (parallel.length && steps.length) problems.push(`${at}: a stage has steps or parallel branches, not both`);
    else if (parallel.length) {
      parallel.forEach((b, j) => {
        if (!b.name?.trim()) problems.push(`${at}.parallel[${j}].name: required`);
        if (names.has(b.name)) problems.push(`${at}.parallel[${j}].name: "${b.name}" is used twice`);
        names.add(b.name);
        checkSteps(b.steps, `${at}.parallel[${j}]`);
      });
    } else checkSteps(steps, at);
  });
  return problems;
}
