/**
 * Objects tenancy owns in a project's namespace: the project's quota and default limits and the
 * isolation NetworkPolicies. They change only through tenancy's settings mutations, which keep
 * the workspace's rules (its quota bounds the sum of its projects' quotas; its isolation covers
 * each of its projects); a YAML edit of them would go around those rules, so workloads refuses it.
 */
export const PROJECT_QUOTA = 'meridian-quota';
export const PROJECT_LIMITS = 'meridian-limits';
export const PROJECT_ISOLATION_POLICY = 'meridian-project-isolation';
export const WORKSPACE_ISOLATION_POLICY = 'meridian-workspace-isolation';

const MANAGED = new Map<string, string>([
  [`ResourceQuota/${PROJECT_QUOTA}`, 'setProjectQuota'],
  [`LimitRange/${PROJECT_LIMITS}`, 'setProjectLimitRange'],
  [`NetworkPolicy/${PROJECT_ISOLATION_POLICY}`, 'setProjectNetworkIsolation'],
  [`NetworkPolicy/${WORKSPACE_ISOLATION_POLICY}`, 'setWorkspaceNetworkIsolation'],
]);

/** The settings mutation that manages this object, if tenancy owns it. */
export const settingsMutationFor = (kind: string, name: string): string | undefined => MANAGED.get(`${kind}/${name}`);

/**
 * Kinds that shape a project's settings (more quotas only restrict further, but they are still
 * settings): written by those who manage the project's settings, not by every editor.
 */
export const SETTINGS_KINDS: ReadonlySet<string> = new Set(['ResourceQuota', 'LimitRange']);
