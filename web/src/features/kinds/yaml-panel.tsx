'use client';

import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { ApplyYamlMutation, UpdateObjectMutation } from '@/features/kinds/operations.ts';
import { YamlEditor, serverProblemsOf, type ServerProblem } from '@/features/kinds/yaml-editor.tsx';
import type { YamlProblem } from '@/features/kinds/yaml-lint.ts';

/**
 * The YAML editor with its buttons: Dry run (`applyYaml` with dryRun: the API server validates
 * and defaults without storing) and Save: `updateObject` for an object being edited (it carries
 * the resourceVersion it was read at; a stale one is CONFLICT), `applyYaml` for new objects.
 * The API's refusals are shown in the text at their line or field.
 */
export function YamlPanel({
  project,
  kind,
  initial,
  mode,
  readOnly,
  onSaved,
}: {
  project: string;
  kind?: string;
  initial: string;
  mode: 'update' | 'apply';
  readOnly?: boolean;
  onSaved: (names: string[]) => void;
}) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [problems, setProblems] = useState<YamlProblem[]>([]);
  const [server, setServer] = useState<ServerProblem[]>([]);
  const [error, setError] = useState<CombinedError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [applyState, apply] = useMutation(ApplyYamlMutation);
  const [updateState, update] = useMutation(UpdateObjectMutation);
  const busy = applyState.fetching || updateState.fetching;
  const blocking = problems.filter((p) => p.severity === 'error').length;

  const refused = (e: CombinedError | undefined) => {
    setServer(serverProblemsOf(e));
    setError(e ?? null);
  };
  const change = (next: string) => {
    setText(next);
    setNote(null);
    if (server.length) setServer([]);
  };

  async function dryRun() {
    setNote(null);
    const res = await apply({ project, yaml: text, dryRun: true });
    if (res.error) return refused(res.error);
    refused(undefined);
    setNote(t('yaml.dryRunOk', { n: res.data?.applyYaml.length ?? 0 }));
  }

  async function save() {
    setNote(null);
    if (mode === 'update') {
      const res = await update({ project, yaml: text });
      if (res.error || !res.data) return refused(res.error);
      refused(undefined);
      setText(res.data.updateObject.yaml);
      setNote(t('yaml.saved'));
      onSaved([res.data.updateObject.name]);
    } else {
      const res = await apply({ project, yaml: text, dryRun: false });
      if (res.error || !res.data) return refused(res.error);
      refused(undefined);
      onSaved(res.data.applyYaml.map((o) => o.name));
    }
  }

  return (
    <div>
      <YamlEditor value={text} onChange={change} kind={kind} readOnly={readOnly} serverProblems={server} onProblems={setProblems} />
      {!readOnly && (
        <div className="yaml-actions">
          <button type="button" onClick={dryRun} disabled={busy || blocking > 0} data-testid="yaml-dry-run">
            {t('yaml.dryRun')}
          </button>
          <button type="button" className="primary" onClick={save} disabled={busy || blocking > 0} data-testid="yaml-save">
            {mode === 'update' ? t('yaml.save') : t('yaml.apply')}
          </button>
          {blocking > 0 && <span className="muted small" data-testid="yaml-blocking">{t('yaml.fixFirst', { n: blocking })}</span>}
          {note && (
            <span className="ok-note" role="status" data-testid="yaml-note">
              {note}
            </span>
          )}
        </div>
      )}
      {server.length > 0 && (
        <ul className="yaml-problems" data-testid="yaml-server-problems">
          {server.map((s, i) => (
            <li key={i}>
              {s.line ? `${t('yaml.line', { n: s.line })}: ` : ''}
              {s.message}
            </li>
          ))}
        </ul>
      )}
      {server.length === 0 && <ErrorBanner errors={[error]} />}
    </div>
  );
}
