'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import '@/features/kinds/kinds.css';

/** A form field's problem: a translated rule from the form, or the API's own words. */
export type FieldErrors = Record<string, string>;

export interface WizardStep {
  id: string;
  title: MessageKey;
  /** The form fields on this step (a field error there brings the user back to it). */
  owns: (field: string) => boolean;
  body: ReactNode;
}

export interface SubmitResult {
  error?: CombinedError;
  yaml?: string;
}

/**
 * A step-by-step create form (KubeSphere-style): steps across the top, Back/Next, the last
 * step reviews and can dry-run (the API server validates and fills defaults without storing:
 * its YAML is shown) before Create. The form's own checks stop Next on the step they concern; an
 * API refusal naming a field (`extensions.field`, also every `causes` entry) is mapped onto the
 * form's field by `fieldOf` and the wizard goes to that field's step.
 */
export function Wizard({
  steps,
  review,
  validate,
  fieldOf,
  submit,
  onCreated,
  serverErrors,
  setServerErrors,
  testId,
}: {
  steps: WizardStep[];
  review: ReactNode;
  /** Problems per field as the form is now (shown once the user tried to leave a step). */
  validate: () => FieldErrors;
  fieldOf: (apiPath: string) => string | null;
  submit: (dryRun: boolean) => Promise<SubmitResult>;
  onCreated: () => void;
  serverErrors: FieldErrors;
  setServerErrors: (e: FieldErrors) => void;
  testId?: string;
}) {
  const t = useT();
  const all = [...steps, { id: 'review', title: 'wizard.review' as MessageKey, owns: () => false, body: review }];
  const [index, setIndex] = useState(0);
  const [tried, setTried] = useState<Set<string>>(() => new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const [preview, setPreview] = useState<string | null>(null);
  const problems = validate();
  const stepProblems = (i: number) => Object.keys(problems).filter((f) => all[i].owns(f));
  const current = all[index];

  const go = (i: number) => {
    // Leaving a step shows its problems; moving forward past one with problems is refused.
    setTried((s) => new Set(s).add(current.id));
    if (i > index) {
      for (let k = index; k < i; k++) {
        if (stepProblems(k).length) {
          setTried((s) => new Set(s).add(all[k].id));
          setIndex(k);
          return;
        }
      }
    }
    setIndex(i);
  };

  async function send(dryRun: boolean) {
    const firstBad = all.findIndex((_, i) => stepProblems(i).length > 0);
    if (firstBad >= 0) {
      setTried(new Set(all.map((s) => s.id)));
      setIndex(firstBad);
      return;
    }
    setBusy(true);
    setPreview(null);
    const res = await submit(dryRun);
    setBusy(false);
    setError(res.error);
    if (res.error) {
      const mapped = mapFieldErrors(res.error, fieldOf);
      setServerErrors(mapped);
      const step = all.findIndex((s) => Object.keys(mapped).some((f) => s.owns(f)));
      if (step >= 0) setIndex(step);
      return;
    }
    setServerErrors({});
    if (dryRun) setPreview(res.yaml ?? '');
    else onCreated();
  }

  const mappedAny = Object.keys(serverErrors).length > 0;
  return (
    <div className="wizard" data-testid={testId}>
      <ol className="wizard-steps">
        {all.map((s, i) => {
          const bad = (tried.has(s.id) && stepProblems(i).length > 0) || Object.keys(serverErrors).some((f) => s.owns(f));
          return (
            <li key={s.id} className={`${i === index ? 'current' : ''} ${bad ? 'invalid' : ''}`}>
              <button type="button" onClick={() => go(i)} aria-current={i === index ? 'step' : undefined} data-testid={`wizard-step-${s.id}`}>
                {i + 1}. {t(s.title)}
              </button>
            </li>
          );
        })}
      </ol>
      <div data-step={current.id} data-testid="wizard-body" className={tried.has(current.id) ? 'tried' : ''}>
        <WizardContext.Provider value={{ problems: tried.has(current.id) ? problems : {}, serverErrors }}>{current.body}</WizardContext.Provider>
      </div>
      {current.id === 'review' && preview !== null && (
        <div data-testid="dry-run-result">
          <p className="ok-note">{t('wizard.dryRunOk')}</p>
          <pre>{preview}</pre>
        </div>
      )}
      {!mappedAny && <ErrorBanner errors={[error]} />}
      {mappedAny && (
        <p className="field-error" role="alert" data-testid="wizard-server-error">
          {t('wizard.fixFields')}
        </p>
      )}
      <div className="nav-buttons">
        {index > 0 && (
          <button type="button" onClick={() => go(index - 1)} data-testid="wizard-back">
            {t('wizard.back')}
          </button>
        )}
        {current.id !== 'review' ? (
          <button type="button" className="primary" onClick={() => go(index + 1)} data-testid="wizard-next">
            {t('wizard.next')}
          </button>
        ) : (
          <>
            <button type="button" disabled={busy} onClick={() => send(true)} data-testid="wizard-dry-run">
              {t('yaml.dryRun')}
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => send(false)} data-testid="wizard-create">
              {busy ? t('wizard.creating') : t('wizard.create')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** The API's field errors (`extensions.field` and each of `causes`) as form field errors. */
export function mapFieldErrors(error: CombinedError, fieldOf: (apiPath: string) => string | null): FieldErrors {
  const out: FieldErrors = {};
  for (const e of error.graphQLErrors) {
    const ext = (e.extensions ?? {}) as { field?: unknown; causes?: unknown };
    const causes = Array.isArray(ext.causes) ? (ext.causes as { field?: string | null; message?: string | null }[]) : [];
    const entries = causes.length ? causes.map((c) => ({ path: c.field ?? '', message: c.message ?? e.message })) : [{ path: typeof ext.field === 'string' ? ext.field : '', message: e.message }];
    for (const { path, message } of entries) {
      const field = path ? fieldOf(path) : null;
      if (field && !out[field]) out[field] = message;
    }
  }
  return out;
}

const WizardContext = createContext<{ problems: FieldErrors; serverErrors: FieldErrors }>({ problems: {}, serverErrors: {} });

/** The message to show under a field: the API's refusal first, then the form's own rule. */
export function useFieldError() {
  const t = useT();
  const { problems, serverErrors } = useContext(WizardContext);
  return (field: string): string | null => serverErrors[field] ?? (problems[field] ? t(problems[field] as MessageKey) : null);
}
