'use client';

import { useId, type FormEvent, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { useEscape } from '@/lib/use-escape.ts';

/**
 * A modal form: a click on the backdrop or Escape closes it, the title names the dialog for
 * screen readers, and the browser's own validation is off (each form says what is wrong in the
 * user's language, see FormField).
 */
export function Dialog({
  title,
  onClose,
  onSubmit,
  children,
}: {
  title: ReactNode;
  onClose: () => void;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const titleId = useId();
  useEscape(onClose);

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(e) => e.stopPropagation()}
        onSubmit={onSubmit}
        noValidate
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </form>
    </div>
  );
}

/** Cancel and submit, the submit button saying what it is doing while the request runs. */
export function DialogActions({
  onCancel,
  submitLabel,
  busyLabel,
  busy,
  disabled,
}: {
  onCancel: () => void;
  submitLabel: string;
  /** The submit button's label while the request runs. */
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <div className="actions">
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="primary" disabled={disabled || busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
