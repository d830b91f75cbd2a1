'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { useFocusOnOpen } from '@/lib/use-focus-on-open.ts';
import type { ApiTokenScope } from '@/gql/graphql.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { CreateApiTokenMutation, TokenProjectsQuery } from '@/features/account/operations.ts';

/** The API allows 1 to 365 days; these are the choices offered. */
export const EXPIRY_DAYS = [7, 30, 90, 180, 365] as const;
const MAX_NAME = 100;
const SCOPES: ApiTokenScope[] = ['READ_ONLY', 'READ_WRITE'];

/**
 * Creates a personal API token: name, scope, all projects or a chosen few (only those the caller
 * sees are offered), expiry. Then shows the token once, with a copy button: the API keeps only
 * a hash, and the console does not keep it either.
 */
export function CreateApiTokenDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ_ONLY');
  const [allProjects, setAllProjects] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState<number>(30);
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [state, create] = useMutation(CreateApiTokenMutation);
  const [projectsRes] = useQuery({ query: TokenProjectsQuery, pause: allProjects });
  const first = useFocusOnOpen();

  const nameProblem = !name.trim() || name.trim().length > MAX_NAME ? t('tokens.rule.name') : null;
  const projectsProblem = !allProjects && chosen.length === 0 ? t('tokens.rule.projects') : null;
  const workspaces = projectsRes.data?.workspaces.edges.map((e) => ({ name: e.node.name, projects: e.node.projects?.edges.map((p) => p.node.name) ?? [] })) ?? [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (nameProblem || projectsProblem) return;
    const res = await create({ input: { name: name.trim(), scope, projects: allProjects ? null : chosen, expiresInDays: days } });
    if (res.data?.createApiToken) {
      setCreated({ name: name.trim(), token: res.data.createApiToken.token });
      onCreated();
    }
  }

  if (created) return <ShowTokenOnce name={created.name} token={created.token} onClose={onClose} />;

  return (
    <Dialog title={t('tokens.create.title')} onClose={onClose} onSubmit={submit}>
      <FormField label={t('tokens.field.name')} name="name" error={touched ? nameProblem : null}>
        <input ref={first} name="name" value={name} maxLength={MAX_NAME + 20} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField label={t('tokens.field.scope')} name="scope">
        <select name="scope" value={scope} onChange={(e) => setScope(e.target.value as ApiTokenScope)}>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`tokens.scope.${s}`)}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="choices">
        <legend>{t('tokens.field.projects')}</legend>
        <label className="inline">
          <input type="radio" name="projects" checked={allProjects} onChange={() => setAllProjects(true)} /> {t('tokens.projects.all')}
        </label>
        <label className="inline">
          <input type="radio" name="projects" data-testid="projects-chosen" checked={!allProjects} onChange={() => setAllProjects(false)} /> {t('tokens.projects.chosen')}
        </label>
        {!allProjects && (
          <div className="project-choices" data-testid="project-choices">
            {projectsRes.fetching && <p className="muted">{t('common.loading')}</p>}
            <ErrorBanner errors={[projectsRes.error]} />
            {projectsRes.data && workspaces.every((w) => w.projects.length === 0) && <p className="muted">{t('tokens.projects.none')}</p>}
            {workspaces
              .filter((w) => w.projects.length > 0)
              .map((w) => (
                <div key={w.name}>
                  <div className="muted small">{w.name}</div>
                  {w.projects.map((p) => (
                    <label key={p} className="inline">
                      <input
                        type="checkbox"
                        value={p}
                        checked={chosen.includes(p)}
                        onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p] : c.filter((x) => x !== p)))}
                      />{' '}
                      {p}
                    </label>
                  ))}
                </div>
              ))}
            {touched && projectsProblem && (
              <span className="field-error" role="alert" data-testid="invalid-projects">
                {projectsProblem}
              </span>
            )}
          </div>
        )}
      </fieldset>
      <FormField label={t('tokens.field.expiry')} name="expiresInDays">
        <select name="expiresInDays" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {EXPIRY_DAYS.map((d) => (
            <option key={d} value={d}>
              {t('tokens.expiry.days', { n: d })}
            </option>
          ))}
        </select>
      </FormField>
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('tokens.submit')} busyLabel={t('tokens.submitting')} busy={state.fetching} />
    </Dialog>
  );
}

/** The token, this once: a read-only field (select-all on focus) and a copy button. */
function ShowTokenOnce({ name, token, onClose }: { name: string; token: string; onClose: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
    } catch {
      // Clipboard API refused (not a secure context): select the text so Ctrl+C works.
      field.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  }

  return (
    <Dialog
      title={t('tokens.created.title', { name })}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <p className="notice" role="status">
        {t('tokens.created.once')}
      </p>
      <div className="toolbar">
        <input ref={field} readOnly className="mono token-once" value={token} data-testid="token-plaintext" onFocus={(e) => e.target.select()} aria-label={t('tokens.col.prefix')} />
        <button type="button" onClick={copy} data-testid="token-copy">
          {copied ? t('tokens.copied') : t('tokens.copy')}
        </button>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('tokens.done')}
        </button>
      </div>
    </Dialog>
  );
}
