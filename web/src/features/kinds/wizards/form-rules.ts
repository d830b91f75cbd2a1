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

/** metadata.name / input.name → name, and labels. */
export const COMMON_RULES: [RegExp, string][] = [
  [/^(input\.)?(metadata\.)?name$/, 'name'],
  [/^(input\.)?(metadata\.)?labels/, 'labels'],
];
