/**
 * What the Secret page shows of a Secret's data, as plain functions (the panel renders them):
 * editors get a Reveal button and then the values, viewers a note; values are never read for a
 * list. The API decodes each value from base64 itself and answers base64 only for binary values,
 * which are shown as such (with their size) rather than as garbled text.
 */

export interface SecretEntry {
  key: string;
  value: string;
  base64: boolean;
}

export interface SecretEntryView {
  key: string;
  /** The text to show: the decoded value, or the base64 of a binary one. */
  text: string;
  binary: boolean;
  /** Bytes of the decoded value. */
  bytes: number;
}

export type SecretPanelState =
  | { show: 'viewer-note' }
  | { show: 'reveal' }
  | { show: 'loading' }
  | { show: 'values'; type: string; entries: SecretEntryView[] };

/** Bytes that a base64 text decodes to (padding excluded). */
export function base64Bytes(b64: string): number {
  const clean = b64.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

export function secretEntryViews(data: readonly SecretEntry[]): SecretEntryView[] {
  return [...data]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((e) => ({ key: e.key, text: e.value, binary: e.base64, bytes: e.base64 ? base64Bytes(e.value) : new TextEncoder().encode(e.value).length }));
}

/**
 * The panel's state: who may see values (editors; a FORBIDDEN answer means the role was taken
 * away since the page loaded), whether they asked to, and what the API answered.
 */
export function secretPanelState(input: { canEdit: boolean; revealed: boolean; forbidden: boolean; content: { type: string; data: readonly SecretEntry[] } | null | undefined }): SecretPanelState {
  if (!input.canEdit || input.forbidden) return { show: 'viewer-note' };
  if (!input.revealed) return { show: 'reveal' };
  if (!input.content) return { show: 'loading' };
  return { show: 'values', type: input.content.type, entries: secretEntryViews(input.content.data) };
}
