'use client';

import type { ReactNode } from 'react';

/**
 * A labelled input with the rule it breaks underneath. The error carries `data-testid=invalid-<name>`
 * so tests (and people) find the message of a field by the field's name.
 */
export function FormField({
  label,
  name,
  error,
  children,
}: {
  label: ReactNode;
  name: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <label>
      {label}
      {children}
      {error && (
        <span className="field-error" role="alert" data-testid={`invalid-${name}`}>
          {error}
        </span>
      )}
    </label>
  );
}
