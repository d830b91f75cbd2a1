import { badInput } from '@meridian/core';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Workspace and project names become Kubernetes label values and namespace names. */
export function assertDns1123Label(value: string, field: string): void {
  if (value.length > 63 || !DNS1123_LABEL.test(value)) {
    throw badInput(
      `"${value}" is not a valid name: use at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit.`,
      field,
    );
  }
}

/**
 * Usernames follow KubeSphere's rule: a DNS-1123 label (lowercase letters, digits and '-', 1 to
 * 63 characters), so a name can appear in labels and resource names unchanged.
 */
export function assertUsername(value: string): void {
  if (value.length > 63 || !DNS1123_LABEL.test(value)) {
    throw badInput(
      `"${value}" is not a valid username: use 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit.`,
      'username',
    );
  }
}

// Deliberately loose: one "@", something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 254;

export function assertEmail(value: string): void {
  if (value.length > MAX_EMAIL || !EMAIL.test(value)) throw badInput(`"${value}" is not a valid email address.`, 'email');
}

export const PASSWORD_MIN = 8;
/** The same ceiling sign-in accepts; longer passwords could never be used. */
export const PASSWORD_MAX = 1024;

/** The password policy: at least 8 characters with at least one letter and one digit. */
export function passwordProblem(value: string): string | null {
  if (value.length < PASSWORD_MIN) return `The password must be at least ${PASSWORD_MIN} characters long.`;
  if (value.length > PASSWORD_MAX) return `The password must be at most ${PASSWORD_MAX} characters long.`;
  if (!/\p{L}/u.test(value)) return 'The password must contain at least one letter.';
  if (!/\p{Nd}/u.test(value)) return 'The password must contain at least one digit.';
  return null;
}

export function assertPassword(value: string, field: string): void {
  const problem = passwordProblem(value);
  if (problem) throw badInput(problem, field);
}

/**
 * The one form of a username for lookup and for counting sign-in attempts: Unicode NFKC (full-width
 * and compatibility letters fold), trimmed, lowercase. `Alice`, ` alice` and `ａｌｉｃｅ` are `alice`.
 */
export const normalizeUsername = (typed: string) => typed.normalize('NFKC').trim().toLowerCase();

/**
 * A workspace or project name that is taken. One answer whether the caller's own tenant or
 * another holds it (or the cluster, e.g. kube-system): it confirms nothing about other tenants.
 */
export const nameNotAvailable = (name: string) => badInput(`The name "${name}" is not available; choose another.`, 'name');
