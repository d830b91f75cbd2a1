'use client';

import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { FormField } from '@/ui/form-field.tsx';
import { useFieldError } from '@/features/kinds/wizards/wizard.tsx';

/** A text input bound to a form field name (errors for that name appear under it). */
export function TextField({ name, label, value, onChange, placeholder, type, multiline }: { name: string; label: MessageKey; value: string; onChange: (v: string) => void; placeholder?: string; type?: string; multiline?: boolean }) {
  const t = useT();
  const error = useFieldError()(name);
  return (
    <FormField label={t(label)} name={name} error={error}>
      {multiline ? (
        <textarea name={name} value={value} placeholder={placeholder} aria-invalid={!!error} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input name={name} type={type ?? 'text'} value={value} placeholder={placeholder} aria-invalid={!!error} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
    </FormField>
  );
}

export function SelectField({ name, label, value, onChange, options }: { name: string; label: MessageKey; value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  const t = useT();
  const error = useFieldError()(name);
  return (
    <FormField label={t(label)} name={name} error={error}>
      <select name={name} value={value} aria-invalid={!!error} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** A list of rows (ports, env vars, volumes, …) with Add and Remove. */
export function Rows<T>({ legend, name, rows, onChange, blank, render, addLabel }: { legend: MessageKey; name: string; rows: T[]; onChange: (rows: T[]) => void; blank: () => T; render: (row: T, set: (row: T) => void, index: number) => ReactNode; addLabel?: MessageKey }) {
  const t = useT();
  const error = useFieldError()(name);
  return (
    <fieldset data-testid={`rows-${name}`}>
      <legend>{t(legend)}</legend>
      <div className="rows">
        {rows.map((row, i) => (
          <div className="row" key={i}>
            {render(row, (next) => onChange(rows.map((r, j) => (j === i ? next : r))), i)}
            <button type="button" className="small-button" aria-label={t('wizard.remove')} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              ✕
            </button>
          </div>
        ))}
      </div>
      {error && (
        <span className="field-error" role="alert" data-testid={`invalid-${name}`}>
          {error}
        </span>
      )}
      <button type="button" className="small-button" onClick={() => onChange([...rows, blank()])} data-testid={`add-${name}`}>
        + {t(addLabel ?? 'wizard.add')}
      </button>
    </fieldset>
  );
}

export interface KeyValue {
  key: string;
  value: string;
}

export function KeyValueRows({ legend, name, rows, onChange, multilineValue }: { legend: MessageKey; name: string; rows: KeyValue[]; onChange: (rows: KeyValue[]) => void; multilineValue?: boolean }) {
  return (
    <Rows
      legend={legend}
      name={name}
      rows={rows}
      onChange={onChange}
      blank={() => ({ key: '', value: '' })}
      render={(row, set, i) => (
        <>
          <TextField name={`${name}[${i}].key`} label="wizard.key" value={row.key} onChange={(key) => set({ ...row, key })} />
          <TextField name={`${name}[${i}].value`} label="wizard.value" value={row.value} multiline={multilineValue} onChange={(value) => set({ ...row, value })} />
        </>
      )}
    />
  );
}

/** The labels and annotations every create form offers (the API's MetaInput beside the name). */
export function MetaRows({ labels, annotations, onChange }: { labels: KeyValue[]; annotations: KeyValue[]; onChange: (field: 'labels' | 'annotations', rows: KeyValue[]) => void }) {
  return (
    <>
      <KeyValueRows legend="wizard.labels" name="labels" rows={labels} onChange={(rows) => onChange('labels', rows)} />
      <KeyValueRows legend="wizard.annotations" name="annotations" rows={annotations} onChange={(rows) => onChange('annotations', rows)} multilineValue />
    </>
  );
}

/** Non-empty key/value rows as the API's KeyValueInput list (null when there are none). */
export const keyValues = (rows: KeyValue[]) => {
  const kept = rows.filter((r) => r.key.trim()).map((r) => ({ key: r.key.trim(), value: r.value }));
  return kept.length ? kept : null;
};

/** "" → null, "3" → 3 (the API gets no number where none was typed). */
export const intOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));
export const textOrNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
/** One word per line (command, args), blank lines dropped. */
export const lines = (s: string): string[] | null => {
  const out = s.split('\n').map((x) => x.trim()).filter(Boolean);
  return out.length ? out : null;
};
