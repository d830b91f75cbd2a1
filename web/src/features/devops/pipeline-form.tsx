'use client';

import { useMemo, useReducer, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { WorkspaceProjectsQuery } from '@/features/projects/operations.ts';
import { CreatePipelineMutation, UpdatePipelineMutation } from '@/features/devops/operations.ts';
import { useCredentialChoices } from '@/features/devops/use-credential-choices.ts';
import { checkDraft, editorReducer, emptyPipeline, type DraftProblem } from '@/features/devops/editor/editor-model.ts';
import { emptyScm, formOf, pipelineInput, type SavedDefinition, type ScmDraft, type SourceChoice } from '@/features/devops/editor/graph-input.ts';
import { PipelineEditor } from '@/features/devops/editor/pipeline-editor.tsx';
import { OptionsForm } from '@/features/devops/editor/options-form.tsx';
import { CodeView } from '@/features/devops/editor/code-view.tsx';
import { devopsHref } from '@/features/devops/routes.ts';
import { RunDialogFragment } from '@/features/devops/run-dialog.tsx';

/** A step of the graphical editor's pipeline, as saved (the same fields in stages and in parallel branches). */
export const PipelineFormStepFragment = graphql(`
  fragment PipelineForm_pipelineStep on PipelineStep {
    kind
    script
    url
    branch
    credentialId
    image
    dockerfile
    context
    project
    manifest
    message
    submitter
  }
`);

/** A saved definition as the form edits it; its parameters are the ones the run dialog offers. */
export const PipelineFormFragment = graphql(`
  fragment PipelineForm_pipelineDefinition on PipelineDefinition {
    source
    scm {
      url
      branch
      credentialId
      scriptPath
    }
    jenkinsfile
    graph {
      stages {
        name
        steps {
          ...PipelineForm_pipelineStep
        }
        parallel {
          name
          steps {
            ...PipelineForm_pipelineStep
          }
        }
      }
    }
    ...RunDialog_pipelineDefinition
    triggers {
      cron
      pollScm
      webhookUrl
    }
    discard {
      daysToKeep
      numToKeep
    }
  }
`);

/** A saved pipeline as the form edits it (read for the edit page, answered by updatePipeline). */
export const PipelineFormPipelineFragment = graphql(`
  fragment PipelineForm_pipeline on Pipeline {
    name
    description
    definition {
      ...PipelineForm_pipelineDefinition
    }
  }
`);

type Step = 'basics' | 'definition' | 'options';
const STEPS: Step[] = ['basics', 'definition', 'options'];
const SOURCES: SourceChoice[] = ['EDITOR', 'SCM', 'JENKINSFILE'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const PROBLEM_KEYS: Record<DraftProblem['code'], MessageKey> = {
  required: 'form.required',
  duplicate: 'devops.problem.duplicate',
  noStages: 'devops.problem.noStages',
  emptyStage: 'devops.problem.emptyStage',
  parameterName: 'devops.problem.parameterName',
  noChoices: 'devops.problem.noChoices',
  notCount: 'devops.problem.notCount',
  cronFields: 'form.cron',
  secretLength: 'devops.problem.secretLength',
};

/** Which step a problem's field is on. */
function stepOf(path: string): Step {
  if (path === 'name' || path === 'source') return 'basics';
  if (path.startsWith('stages') || path.startsWith('scm.') || path === 'jenkinsfile') return 'definition';
  return 'options';
}

/** The saved definition with the parts its fragment spreads (steps, parameters) read out. */
function savedDefinition(ref: FragmentType<typeof PipelineFormFragment>): SavedDefinition {
  const def = getFragmentData(PipelineFormFragment, ref);
  const steps = (list: readonly FragmentType<typeof PipelineFormStepFragment>[]) => list.map((step) => getFragmentData(PipelineFormStepFragment, step));
  const graph = def.graph && {
    stages: def.graph.stages.map((stage) => ({ name: stage.name, steps: steps(stage.steps), parallel: stage.parallel.map((b) => ({ name: b.name, steps: steps(b.steps) })) })),
  };
  return { ...def, graph, parameters: getFragmentData(RunDialogFragment, def).parameters } as SavedDefinition;
}

/**
 * Create or edit a pipeline, step by step: name and source (the graphical editor, a Jenkinsfile
 * in a Git repository, or Jenkinsfile text), the definition, then parameters, triggers and
 * discard policy. Each step's problems are shown at their fields and stop Next; the API's
 * refusal is shown as a banner, at its field when it names one.
 */
export function PipelineForm({ workspace, project, pipeline }: { workspace: string; project: string; pipeline?: FragmentType<typeof PipelineFormPipelineFragment> }) {
  const t = useT();
  const router = useRouter();
  const existing = getFragmentData(PipelineFormPipelineFragment, pipeline);
  const creating = !existing;
  const saved = useMemo(() => (existing?.definition ? savedDefinition(existing.definition) : null), [existing]);
  const initial = useMemo(() => (saved ? formOf(saved) : { source: 'EDITOR' as SourceChoice, scm: emptyScm(), jenkinsfile: '', draft: emptyPipeline() }), [saved]);
  const [step, setStep] = useState<Step>('basics');
  const [tried, setTried] = useState<Set<Step>>(() => new Set());
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [source, setSource] = useState<SourceChoice>(initial.source);
  const [scm, setScm] = useState<ScmDraft>(initial.scm);
  const [jenkinsfile, setJenkinsfile] = useState(initial.jenkinsfile);
  const [draft, dispatch] = useReducer(editorReducer, initial.draft);
  const credentials = useCredentialChoices(project);
  const [projects] = useQuery({ query: WorkspaceProjectsQuery, variables: { name: workspace } });
  const [createState, create] = useMutation(CreatePipelineMutation);
  const [updateState, update] = useMutation(UpdatePipelineMutation);
  const choices = useMemo(
    () => ({
      credentials,
      projects: (projects.data?.workspace?.projects?.edges ?? []).map((e) => e.node.name),
    }),
    [credentials, projects.data],
  );

  const problems = useMemo(() => {
    const out = new Map<string, MessageKey>();
    if (!name.trim()) out.set('name', 'form.required');
    else if (!NAME.test(name.trim())) out.set('name', 'devops.problem.pipelineName');
    if (source === 'SCM') {
      if (!scm.url.trim()) out.set('scm.url', 'form.required');
    } else if (source === 'JENKINSFILE') {
      if (!jenkinsfile.trim()) out.set('jenkinsfile', 'form.required');
    }
    for (const p of checkDraft(draft, creating)) {
      // The stages matter only when the editor defines the pipeline.
      if (source !== 'EDITOR' && stepOf(p.path) === 'definition') continue;
      if (!out.has(p.path)) out.set(p.path, PROBLEM_KEYS[p.code]);
    }
    return out;
  }, [name, source, scm, jenkinsfile, draft, creating]);
  const [serverField, setServerField] = useState<{ path: string; message: string } | null>(null);

  const errorOf = (path: string): string | null => {
    if (serverField?.path === path) return serverField.message;
    const key = problems.get(path);
    return key && tried.has(stepOf(path)) ? t(key) : null;
  };
  const stepHasProblems = (s: Step) => [...problems.keys()].some((p) => stepOf(p) === s);

  const go = (next: Step) => {
    setTried((x) => new Set(x).add(step));
    const from = STEPS.indexOf(step);
    const to = STEPS.indexOf(next);
    for (let i = from; i < to; i++) {
      if (stepHasProblems(STEPS[i])) {
        setTried((x) => new Set(x).add(STEPS[i]));
        setStep(STEPS[i]);
        return;
      }
    }
    setStep(next);
  };

  async function save() {
    setTried(new Set(STEPS));
    const bad = STEPS.find(stepHasProblems);
    if (bad) return setStep(bad);
    const input = pipelineInput({ name, description, source, scm, jenkinsfile, draft });
    const res = creating ? await create({ project, input }) : await update({ project, input });
    const error: CombinedError | undefined = res.error;
    if (error) {
      const field = error.graphQLErrors.map((e) => e.extensions?.field).find((f): f is string => typeof f === 'string');
      const path = field?.replace(/^input\./, '').replace(/^graph\./, '') ?? null;
      setServerField(path ? { path, message: error.graphQLErrors[0]?.message ?? '' } : null);
      if (path) setStep(stepOf(path));
      return;
    }
    router.push(devopsHref(workspace, project, name.trim()));
  }

  const busy = createState.fetching || updateState.fetching;
  const last = step === 'options';
  return (
    <div className="wizard pipeline-form" data-testid="pipeline-form">
      <ol className="wizard-steps">
        {STEPS.map((s, i) => (
          <li key={s} className={`${s === step ? 'current' : ''} ${tried.has(s) && stepHasProblems(s) ? 'invalid' : ''}`}>
            <button type="button" onClick={() => go(s)} aria-current={s === step ? 'step' : undefined} data-testid={`wizard-step-${s}`}>
              {i + 1}. {t(`devops.form.step.${s}`)}
            </button>
          </li>
        ))}
      </ol>
      <div data-step={step} data-testid="wizard-body">
        {step === 'basics' && (
          <div className="form-grid">
            <FormField label={t('devops.pipelines.col.name')} name="name" error={errorOf('name')}>
              <input name="name" value={name} disabled={!creating} onChange={(e) => setName(e.target.value)} autoComplete="off" />
            </FormField>
            <FormField label={t('devops.pipelines.col.description')} name="description">
              <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} autoComplete="off" />
            </FormField>
            <fieldset className="choices">
              <legend>{t('devops.form.source')}</legend>
              {SOURCES.map((s) => (
                <label key={s} className="inline">
                  <input type="radio" name="source" value={s} checked={source === s} onChange={() => setSource(s)} data-testid={`source-${s}`} />
                  {t(`devops.source.${s}`)}
                </label>
              ))}
            </fieldset>
          </div>
        )}
        {step === 'definition' && source === 'EDITOR' && <PipelineEditor draft={draft} dispatch={dispatch} errorOf={errorOf} choices={choices} />}
        {step === 'definition' && source === 'SCM' && (
          <div className="form-grid">
            <FormField label={t('devops.scm.url')} name="scm.url" error={errorOf('scm.url')}>
              <input name="scm.url" value={scm.url} placeholder="https://git.example.com/team/app.git" onChange={(e) => setScm({ ...scm, url: e.target.value })} autoComplete="off" />
            </FormField>
            <FormField label={t('devops.scm.branch')} name="scm.branch">
              <input name="scm.branch" value={scm.branch} onChange={(e) => setScm({ ...scm, branch: e.target.value })} autoComplete="off" />
            </FormField>
            <FormField label={t('devops.scm.credential')} name="scm.credentialId">
              <select name="scm.credentialId" value={scm.credentialId} onChange={(e) => setScm({ ...scm, credentialId: e.target.value })}>
                <option value="">{t('devops.editor.noCredential')}</option>
                {choices.credentials.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('devops.scm.scriptPath')} name="scm.scriptPath">
              <input name="scm.scriptPath" value={scm.scriptPath} onChange={(e) => setScm({ ...scm, scriptPath: e.target.value })} autoComplete="off" />
            </FormField>
          </div>
        )}
        {step === 'definition' && source === 'JENKINSFILE' && (
          <FormField label="Jenkinsfile" name="jenkinsfile" error={errorOf('jenkinsfile')}>
            <CodeView value={jenkinsfile} onChange={setJenkinsfile} label="Jenkinsfile" testId="jenkinsfile-input" />
          </FormField>
        )}
        {step === 'options' && <OptionsForm draft={draft} dispatch={dispatch} errorOf={errorOf} creating={creating} webhookUrl={saved?.triggers.webhookUrl} />}
      </div>
      <ErrorBanner errors={[createState.error, updateState.error]} />
      <div className="nav-buttons">
        {step !== 'basics' && (
          <button type="button" onClick={() => go(STEPS[STEPS.indexOf(step) - 1])} data-testid="wizard-back">
            {t('wizard.back')}
          </button>
        )}
        {!last && (
          <button type="button" className={creating ? 'primary' : ''} onClick={() => go(STEPS[STEPS.indexOf(step) + 1])} data-testid="wizard-next">
            {t('wizard.next')}
          </button>
        )}
        {(last || !creating) && (
          <button type="button" className="primary" disabled={busy} onClick={save} data-testid="pipeline-save">
            {busy ? t('devops.form.saving') : creating ? t('wizard.create') : t('devops.form.save')}
          </button>
        )}
      </div>
    </div>
  );
}
