'use client';

import { useId, type FormEvent, type ReactNode } from 'react';
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
  cancelLabel,
  submitLabel,
  busy,
  disabled,
}: {
  onCancel: () => void;
  cancelLabel: string;
  submitLabel: string;
  busy?: boolean;
  disabled?: boolean;
}) {
  return (
    <div className="actions">
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="primary" disabled={disabled || busy}>
        {submitLabel}
      </button>
    </div>
  );
}
