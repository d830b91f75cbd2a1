import type { PipelineGraph, PipelineStep } from '@meridian/core/jenkinsfile/index';
import type { PipelineInput } from '@/gql/graphql.ts';
import {
  choicesOf,
  emptyPipeline,
  newKey,
  stepFields,
  type ParameterDraft,
  type PipelineDraft,
  type StepDraft,
} from '@/features/devops/editor/editor-model.ts';

/** How the pipeline is defined in the form: a Git repository, the graphical editor, or Jenkinsfile text. */
export type SourceChoice = 'SCM' | 'EDITOR' | 'JENKINSFILE';

export interface ScmDraft {
  url: string;
  branch: string;
  credentialId: string;
  scriptPath: string;
}

export const emptyScm = (): ScmDraft => ({ url: '', branch: 'main', credentialId: '', scriptPath: 'Jenkinsfile' });

const blankToNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

function stepOf(s: StepDraft): PipelineStep {
  const step: PipelineStep = { kind: s.kind };
  for (const f of stepFields(s.kind)) {
    // Scripts keep their inner spacing; other fields are single words or lines.
    const v = f.multiline ? (s.values[f.name]?.trim() ? s.values[f.name] : null) : blankToNull(s.values[f.name]);
    if (v != null) (step as unknown as Record<string, string>)[f.name] = v;
  }
  return step;
}

/** The editor's stages as the shared converter's graph (and the API's PipelineGraphInput). */
export function graphOf(d: PipelineDraft): PipelineGraph {
  return {
    agent: null,
    stages: d.stages.map((s) => ({
      name: s.name.trim(),
      steps: s.branches.length ? [] : s.steps.map(stepOf),
      parallel: s.branches.map((b) => ({ name: b.name.trim(), steps: b.steps.map(stepOf) })),
    })),
  };
}

function parameterOf(p: ParameterDraft) {
  const choices = p.type === 'CHOICE' ? choicesOf(p) : null;
  const defaultValue = p.type === 'CHOICE' ? (choices?.[0] ?? null) : p.type === 'BOOLEAN' ? (p.defaultValue === 'true' ? 'true' : 'false') : p.defaultValue;
  return { name: p.name.trim(), type: p.type, description: blankToNull(p.description), defaultValue, choices };
}

const count = (v: string) => (v.trim() ? Number(v.trim()) : null);

/** The API's PipelineInput: the definition by source, then parameters, triggers and discard policy. */
export function pipelineInput(args: { name: string; description: string; source: SourceChoice; scm: ScmDraft; jenkinsfile: string; draft: PipelineDraft }): PipelineInput {
  const { name, description, source, scm, jenkinsfile, draft: d } = args;
  const definition: Pick<PipelineInput, 'scm' | 'jenkinsfile' | 'graph'> =
    source === 'SCM'
      ? { scm: { url: scm.url.trim(), branch: blankToNull(scm.branch) ?? 'main', credentialId: blankToNull(scm.credentialId), scriptPath: blankToNull(scm.scriptPath) ?? 'Jenkinsfile' } }
      : source === 'JENKINSFILE'
        ? { jenkinsfile }
        : { graph: graphOf(d) };
  const daysToKeep = count(d.daysToKeep);
  const numToKeep = count(d.numToKeep);
  return {
    name: name.trim(),
    description: blankToNull(description),
    ...definition,
    parameters: d.parameters.map(parameterOf),
    triggers: { cron: blankToNull(d.cron), pollScm: blankToNull(d.pollScm), webhook: d.webhook, webhookSecret: d.webhook ? blankToNull(d.webhookSecret) : null },
    discard: daysToKeep == null && numToKeep == null ? null : { daysToKeep, numToKeep },
  };
}

/** What a saved definition reads back as, in the fields of `PipelineForm_pipelineDefinition`. */
export interface SavedDefinition {
  source: 'SCM' | 'INLINE';
  scm?: { url: string; branch: string; credentialId?: string | null; scriptPath: string } | null;
  jenkinsfile?: string | null;
  graph?: { stages: { name: string; steps: PipelineStep[]; parallel: { name: string; steps: PipelineStep[] }[] }[] } | null;
  parameters: { name: string; type: 'STRING' | 'CHOICE' | 'BOOLEAN'; description?: string | null; defaultValue?: string | null; choices?: string[] | null }[];
  triggers: { cron?: string | null; pollScm?: string | null; webhookUrl?: string | null };
  discard?: { daysToKeep?: number | null; numToKeep?: number | null } | null;
}

function stepDraftOf(step: PipelineStep): StepDraft {
  const values: Record<string, string> = {};
  for (const f of stepFields(step.kind)) {
    const v = (step as unknown as Record<string, string | null | undefined>)[f.name];
    if (v != null) values[f.name] = v;
  }
  return { key: newKey('step'), kind: step.kind, values };
}

/**
 * A saved definition back in the form: an SCM pipeline in the SCM form, one the editor wrote
 * (the API read its graph back) in the editor, any other inline Jenkinsfile as text.
 */
export function formOf(def: SavedDefinition): { source: SourceChoice; scm: ScmDraft; jenkinsfile: string; draft: PipelineDraft } {
  const draft: PipelineDraft = {
    ...emptyPipeline(),
    stages: (def.graph?.stages ?? []).map((s) => ({
      key: newKey('stage'),
      name: s.name,
      steps: s.steps.map(stepDraftOf),
      branches: s.parallel.map((b) => ({ key: newKey('branch'), name: b.name, steps: b.steps.map(stepDraftOf) })),
    })),
    parameters: def.parameters.map((p) => ({
      key: newKey('param'),
      type: p.type,
      name: p.name,
      defaultValue: p.defaultValue ?? '',
      choices: (p.choices ?? []).join('\n'),
      description: p.description ?? '',
    })),
    cron: def.triggers.cron ?? '',
    pollScm: def.triggers.pollScm ?? '',
    webhook: !!def.triggers.webhookUrl,
    webhookSecret: '',
    daysToKeep: def.discard?.daysToKeep != null ? String(def.discard.daysToKeep) : '',
    numToKeep: def.discard?.numToKeep != null ? String(def.discard.numToKeep) : '',
  };
  const scm: ScmDraft = def.scm ? { url: def.scm.url, branch: def.scm.branch, credentialId: def.scm.credentialId ?? '', scriptPath: def.scm.scriptPath } : emptyScm();
  const source: SourceChoice = def.source === 'SCM' ? 'SCM' : def.graph ? 'EDITOR' : 'JENKINSFILE';
  return { source, scm, jenkinsfile: def.jenkinsfile ?? '', draft };
}
