import type { MessageKey } from '@/lib/i18n/en.ts';
import { DNS_1123, QUANTITY } from '@/features/kinds/yaml-schema.ts';

/** The checks the forms make before asking the API (the API checks again and has the last word). */
export type Problems = Record<string, MessageKey>;

export function checkName(p: Problems, field: string, value: string) {
  if (!value.trim()) p[field] = 'form.required';
  else if (value.length > 253 || !DNS_1123.test(value)) p[field] = 'form.dns1123';
}

export function checkInt(p: Problems, field: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER, required = false) {
  if (value.trim() === '') {
    if (required) p[field] = 'form.required';
    return;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) p[field] = min === 1 && max === 65535 ? 'form.port' : 'form.integer';
}

export function checkQuantity(p: Problems, field: string, value: string) {
  if (value.trim() && !QUANTITY.test(value.trim())) p[field] = 'form.quantity';
}

export function checkRequired(p: Problems, field: string, value: string) {
  if (!value.trim()) p[field] = 'form.required';
}

/**
 * An API path (`spec.template.spec.containers[0].image`, `input.template.containers[0].image`,
 * `metadata.name`, …) as the form's field name, by the first rule whose pattern matches; the
 * rules map what is left after it. Null when the form has no such field.
 */
export function fieldByRules(path: string, rules: [RegExp, string | ((m: RegExpMatchArray) => string)][]): string | null {
  for (const [re, to] of rules) {
    const m = path.match(re);
    if (m) return typeof to === 'string' ? to : to(m);
  }
  return null;
}

/** metadata.name / input.name → name, and labels and annotations. */
export const COMMON_RULES: [RegExp, string][] = [
  [/^(input\.)?(metadata\.)?name$/, 'name'],
  [/^(input\.)?(metadata\.)?labels/, 'labels'],
  [/^(input\.)?(metadata\.)?annotations/, 'annotations'],
];

/** A label or annotation key's name part, and a label value (Kubernetes' qualified-name rules). */
const QUALIFIED = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** `prefix/name` or `name`: the prefix a DNS subdomain, the name 1..63 qualified characters. */
export function isQualifiedKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash < 0 ? null : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== null && (prefix.length > 253 || !DNS_1123.test(prefix))) return false;
  return name.length >= 1 && name.length <= 63 && QUALIFIED.test(name);
}

/** Label rows (`labels[i].key` / `.value`): qualified keys, values of at most 63 qualified characters. */
export function checkLabels(p: Problems, field: string, rows: { key: string; value: string }[]) {
  rows.forEach((r, i) => {
    if (!r.key.trim()) return;
    if (!isQualifiedKey(r.key.trim())) p[`${field}[${i}].key`] = 'form.labelKey';
    if (r.value.length > 63 || !QUALIFIED.test(r.value)) p[`${field}[${i}].value`] = 'form.labelValue';
  });
}

/** Annotation rows: qualified keys; any value. */
export function checkAnnotations(p: Problems, field: string, rows: { key: string; value: string }[]) {
  rows.forEach((r, i) => {
    if (r.key.trim() && !isQualifiedKey(r.key.trim())) p[`${field}[${i}].key`] = 'form.labelKey';
  });
}
