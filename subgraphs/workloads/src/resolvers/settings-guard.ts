import { forbidden, policies, type Identity, type ProjectScope } from '@meridian/core';
import { SETTINGS_KINDS, settingsMutationFor, type KindDescriptor } from '@meridian/core/kube/index';

/**
 * Writes by YAML, update or delete that would go around a project's settings: the objects
 * tenancy manages (its quota, limits and isolation policies: FORBIDDEN for everyone, pointing to
 * the settings mutation that keeps the workspace's rules) and the settings kinds themselves
 * (quotas, limit ranges: only for those who manage the project's settings, not every editor).
 * Runs after `projectAccess(...).edit()`.
 */
export function guardSettingsWrite(identity: Identity, scope: ProjectScope, kind: KindDescriptor, name: string | undefined): void {
  const mutation = name ? settingsMutationFor(kind.kind, name) : undefined;
  if (mutation) throw forbidden(`${kind.kind} "${name}" is managed by Meridian: change it in the project's or workspace's settings (${mutation}).`);
  if (SETTINGS_KINDS.has(kind.kind)) policies.manageProject(scope).enforce(identity);
}
