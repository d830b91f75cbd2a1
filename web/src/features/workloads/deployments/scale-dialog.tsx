'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { hasCode } from '@/lib/errors.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { ScaleDeploymentMutation } from '@/features/workloads/deployments/operations.ts';

export const ScaleDialogFragment = graphql(`
  fragment ScaleDialog_deployment on Deployment {
    name
    namespace
    replicas
  }
`);

/** The API's own limit (scaleDeployment accepts 0..1000); checked here so the user learns it before sending. */
export const MAX_REPLICAS = 1000;

export function parseReplicas(raw: string): number | null {
  if (!/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n >= 0 && n <= MAX_REPLICAS ? n : null;
}

export function ScaleDialog({
  deployment: ref,
  onClose,
  onForbidden,
}: {
  deployment: FragmentType<typeof ScaleDialogFragment>;
  onClose: () => void;
  onForbidden: () => void;
}) {
  const t = useT();
  const deployment = getFragmentData(ScaleDialogFragment, ref);
  const [value, setValue] = useState(String(deployment.replicas));
  const [touched, setTouched] = useState(false);
  const [state, scale] = useMutation(ScaleDeploymentMutation);
  const input = useRef<HTMLInputElement>(null);
  const replicas = parseReplicas(value);
  const invalid = replicas === null;
  useEffect(() => input.current?.select(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (replicas === null) return;
    const res = await scale({ namespace: deployment.namespace, name: deployment.name, replicas });
    if (!res.error) onClose();
    else if (hasCode(res.error, 'FORBIDDEN')) onForbidden();
  }

  return (
    <Dialog title={t('scale.title', { name: deployment.name })} onClose={onClose} onSubmit={submit}>
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
          <button type="button" aria-label="+" onClick={() => setValue(String(Math.min(MAX_REPLICAS, (replicas ?? -1) + 1)))}>
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
      <DialogActions onCancel={onClose} submitLabel={t('scale.submit')} busyLabel={t('scale.submitting')} busy={state.fetching} disabled={invalid} />
    </Dialog>
  );
}
