'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { SetProjectLimitRangeMutation } from '@/features/project-settings/operations.ts';

export const LimitRangeFormFragment = graphql(`
  fragment LimitRangeForm_containerDefaults on ContainerDefaults {
    defaultRequestCpu
    defaultRequestMemory
    defaultLimitCpu
    defaultLimitMemory
  }
`);

const FIELDS = ['defaultRequestCpu', 'defaultRequestMemory', 'defaultLimitCpu', 'defaultLimitMemory'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/** The project's LimitRange as four quantities; all empty (or "Remove") deletes it. */
export function LimitRangeForm({ project, defaults, canEdit }: { project: string; defaults: FragmentType<typeof LimitRangeFormFragment> | null | undefined; canEdit: boolean }) {
  const t = useT();
  const d = getFragmentData(LimitRangeFormFragment, defaults);
  const [values, setValues] = useState<Values>(() => Object.fromEntries(FIELDS.map((f) => [f, d?.[f] ?? ''])) as Values);
  const [saved, setSaved] = useState(false);
  const [res, save] = useMutation(SetProjectLimitRangeMutation);

  async function submit(e: FormEvent, clear = false) {
    e.preventDefault();
    const input = clear ? null : (Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || null])) as Record<Field, string | null>);
    const r = await save({ project, input });
    setSaved(!r.error);
    if (clear && !r.error) setValues({ defaultRequestCpu: '', defaultRequestMemory: '', defaultLimitCpu: '', defaultLimitMemory: '' });
  }

  return (
    <form onSubmit={(e) => submit(e)} data-testid="limit-range-form">
      <ErrorBanner errors={[res.error]} />
      {!d && <p className="muted">{t('limits.none')}</p>}
      <div className="inline">
        {FIELDS.map((f) => (
          <FormField key={f} label={t(`limits.${f}`)} name={f}>
            <input
              value={values[f]}
              disabled={!canEdit}
              onChange={(e) => {
                setSaved(false);
                setValues((v) => ({ ...v, [f]: e.target.value }));
              }}
              placeholder={f.endsWith('Cpu') ? '100m' : '128Mi'}
              data-testid={`limit-${f}`}
            />
          </FormField>
        ))}
      </div>
      {canEdit && (
        <div className="toolbar">
          <div className="spacer" />
          {saved && (
            <span className="notice" role="status" data-testid="limits-saved">
              {t('limits.saved')}
            </span>
          )}
          <button type="button" className="link-button" onClick={(e) => submit(e, true)} disabled={res.fetching}>
            {t('limits.clear')}
          </button>
          <button type="submit" className="primary" disabled={res.fetching} data-testid="limits-save">
            {t('limits.save')}
          </button>
        </div>
      )}
    </form>
  );
}
