import type { MessageKey } from '@/lib/i18n/en.ts';

/** Workspace and project names become Kubernetes names (a project is a namespace): a DNS-1123 label. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function nameProblem(name: string): MessageKey | null {
  if (!name.trim()) return 'form.required';
  if (name.length > 63 || !DNS_LABEL.test(name)) return 'tenants.nameRule';
  return null;
}
