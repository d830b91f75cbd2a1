'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { RunPipelineMutation } from '@/features/devops/operations.ts';

export const RunDialogFragment = graphql(`
  fragment RunDialog_pipelineDefinition on PipelineDefinition {
    parameters {
      name
      type
      description
      defaultValue
      choices
    }
  }
`);

/** A run just started (runPipeline, replayPipelineRun): its number, null while Jenkins still queues it. */
export const RunStartedFragment = graphql(`
  fragment RunStarted_pipelineRun on PipelineRun {
    id
    number
    status
  }
`);

export const startedRunNumber = (run: FragmentType<typeof RunStartedFragment>): number | null => getFragmentData(RunStartedFragment, run).number ?? null;

/** Run a pipeline: one field per parameter it declares (text, choice, yes/no), each at its default. */
export function RunDialog({
  project,
  pipeline,
  definition,
  onClose,
  onStarted,
}: {
  project: string;
  pipeline: string;
  definition: FragmentType<typeof RunDialogFragment> | null | undefined;
  onClose: () => void;
  onStarted: (run: number | null) => void;
}) {
  const t = useT();
  const parameters = getFragmentData(RunDialogFragment, definition)?.parameters ?? [];
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(parameters.map((p) => [p.name, p.defaultValue ?? (p.type === 'CHOICE' ? (p.choices?.[0] ?? '') : p.type === 'BOOLEAN' ? 'false' : '')])),
  );
  const [state, run] = useMutation(RunPipelineMutation);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await run({ project, pipeline, parameters: parameters.map((p) => ({ name: p.name, value: values[p.name] ?? '' })) });
    if (res.data) onStarted(startedRunNumber(res.data.runPipeline));
  }

  return (
    <Dialog title={t('devops.runDialog.title', { pipeline })} onClose={onClose} onSubmit={submit}>
      {parameters.length === 0 && <p className="muted small">{t('devops.runDialog.noParameters')}</p>}
      {parameters.map((p) => (
        <FormField key={p.name} label={p.description ? `${p.name} — ${p.description}` : p.name} name={`param-${p.name}`}>
          {p.type === 'CHOICE' ? (
            <select name={`param-${p.name}`} value={values[p.name]} onChange={(e) => set(p.name, e.target.value)}>
              {(p.choices ?? []).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ) : p.type === 'BOOLEAN' ? (
            <input type="checkbox" name={`param-${p.name}`} checked={values[p.name] === 'true'} onChange={(e) => set(p.name, String(e.target.checked))} />
          ) : (
            <input name={`param-${p.name}`} value={values[p.name]} onChange={(e) => set(p.name, e.target.value)} autoComplete="off" />
          )}
        </FormField>
      ))}
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('devops.runDialog.submit')} busyLabel={t('devops.runDialog.starting')} busy={state.fetching} />
    </Dialog>
  );
}
