'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '../i18n/index.tsx';
import { ScaleDeploymentMutation, type DeploymentRow } from '../operations/workloads.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { hasCode } from '../lib/errors.ts';

/** The API's own limit (scaleDeployment accepts 0..1000); checked here so the user learns it before sending. */
export const MAX_REPLICAS = 1000;

export function parseReplicas(raw: string): number | null {
  if (!/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n >= 0 && n <= MAX_REPLICAS ? n : null;
}

export function ScaleDialog({
  deployment,
  onClose,
  onForbidden,
}: {
  deployment: DeploymentRow;
  onClose: () => void;
  onForbidden: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState(String(deployment.replicas));
  const [touched, setTouched] = useState(false);
  const [state, scale] = useMutation(ScaleDeploymentMutation);
  const input = useRef<HTMLInputElement>(null);
  const replicas = parseReplicas(value);
  const invalid = replicas === null;

  useEffect(() => {
    input.current?.select();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (replicas === null) return;
    const res = await scale({ namespace: deployment.namespace, name: deployment.name, replicas });
    if (!res.error) onClose();
    else if (hasCode(res.error, 'FORBIDDEN')) onForbidden();
  }

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="scale-title"
        onClick={(e) => e.stopPropagation()}
        onSubmit={submit}
        noValidate
      >
        <h2 id="scale-title">{t('scale.title', { name: deployment.name })}</h2>
        <p className="muted">{t('scale.current', { n: deployment.replicas })}</p>
        <label>
          {t('scale.replicas')}
          <div className="stepper-input">
            <button type="button" aria-label="-" onClick={() => setValue(String(Math.max(0, (replicas ?? 1) - 1)))}>
              −
            </button>
            <input
              ref={input}
              name="replicas"
              inputMode="numeric"
              value={value}
              aria-invalid={touched && invalid}
              onChange={(e) => {
                setValue(e.target.value);
                setTouched(true);
              }}
            />
            <button
              type="button"
              aria-label="+"
              onClick={() => setValue(String(Math.min(MAX_REPLICAS, (replicas ?? -1) + 1)))}
            >
              +
            </button>
          </div>
        </label>
        {touched && invalid && (
          <p className="field-error" role="alert" data-testid="scale-invalid">
            {t('scale.invalid', { max: MAX_REPLICAS })}
          </p>
        )}
        <ErrorBanner errors={[state.error]} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={invalid || state.fetching}>
            {state.fetching ? t('scale.submitting') : t('scale.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
