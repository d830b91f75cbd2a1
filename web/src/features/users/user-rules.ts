import type { MessageKey } from '@/lib/i18n/en.ts';

/**
 * The create-user form checks the same rules as the API (subgraphs/tenancy/src/validation.ts),
 * so a user learns them while typing; the API stays the authority and its refusal is shown too.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const usernameProblem = (v: string): MessageKey | null =>
  v.length >= 1 && v.length <= 63 && DNS1123_LABEL.test(v) ? null : 'users.rule.username';

export const emailProblem = (v: string): MessageKey | null => (v.trim().length <= 254 && EMAIL.test(v.trim()) ? null : 'users.rule.email');

export function passwordProblem(v: string): MessageKey | null {
  if (v.length < 8) return 'users.rule.passwordLength';
  if (v.length > 1024) return 'users.rule.passwordTooLong';
  if (!/\p{L}/u.test(v)) return 'users.rule.passwordLetter';
  if (!/\p{Nd}/u.test(v)) return 'users.rule.passwordDigit';
  return null;
}

export interface NewUserFields {
  username: string;
  email: string;
  password: string;
}

/** Field name -> the rule it breaks; empty when the form may be sent. */
export function newUserProblems(f: NewUserFields): Partial<Record<keyof NewUserFields, MessageKey>> {
  const out: Partial<Record<keyof NewUserFields, MessageKey>> = {};
  const u = usernameProblem(f.username);
  const e = emailProblem(f.email);
  const p = passwordProblem(f.password);
  if (u) out.username = u;
  if (e) out.email = e;
  if (p) out.password = p;
  return out;
}

/** The platform roles an admin may give, least powerful first (the form's default is the first). */
export const PLATFORM_ROLES = ['PLATFORM_REGULAR', 'PLATFORM_SELF_PROVISIONER', 'PLATFORM_ADMIN'] as const;
