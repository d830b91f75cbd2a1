import type { PlatformRole, ProjectRole, WorkspaceRole } from '../identity.ts';

/**
 * Permission bundles: what a role is made of. Every built-in role is a set of bundles, and a
 * custom role (workspace or project level) is whatever set of bundles its author ticked, so the
 * access layer asks one question everywhere: "does the caller hold bundle B in project P /
 * workspace W". The order is the bit order of `BundleMask` (signed identities carry masks):
 * append only, never reorder.
 */
export const BUNDLES = [
  'view-workloads',
  'manage-workloads',
  'view-monitoring',
  'manage-alerting',
  'view-logs',
  'view-pipelines',
  'manage-pipelines',
  'manage-members',
  'manage-settings',
  'create-projects',
] as const;
export type Bundle = (typeof BUNDLES)[number];
/** A set of bundles as bits (bit i = BUNDLES[i]); small and fixed-size in a signed identity. */
export type BundleMask = number;

const BIT: ReadonlyMap<string, number> = new Map(BUNDLES.map((b, i) => [b, 1 << i]));
export const isBundle = (value: string): value is Bundle => BIT.has(value);
export const ALL_BUNDLES: BundleMask = (1 << BUNDLES.length) - 1;

/** What each bundle is about and where it may be used (the console lists these). */
export const BUNDLE_INFO: Readonly<Record<Bundle, { scopes: readonly ('workspace' | 'project')[]; description: string }>> = {
  'view-workloads': { scopes: ['workspace', 'project'], description: 'See pods, deployments and the other Kubernetes objects of a project.' },
  'manage-workloads': { scopes: ['workspace', 'project'], description: 'Create, change, scale, roll back and delete workloads and other objects.' },
  'view-monitoring': { scopes: ['workspace', 'project'], description: 'Read pod and project metrics.' },
  'manage-alerting': { scopes: ['workspace', 'project'], description: 'Create and change alerting rules.' },
  'view-logs': { scopes: ['workspace', 'project'], description: 'Read container logs and search them.' },
  'view-pipelines': { scopes: ['workspace', 'project'], description: 'See DevOps pipelines, their runs and logs.' },
  'manage-pipelines': { scopes: ['workspace', 'project'], description: 'Create, change and run DevOps pipelines.' },
  'manage-members': { scopes: ['workspace', 'project'], description: 'List members, grant and take away roles; in a workspace also manage its custom roles.' },
  'manage-settings': { scopes: ['workspace', 'project'], description: 'Change settings (display name, quotas, limit ranges, isolation) and delete.' },
  'create-projects': { scopes: ['workspace'], description: 'Create projects in the workspace (their creator administers them).' },
};

/** manage-X lets one see X too: a role never changes what it cannot see. */
const IMPLIES: Partial<Record<Bundle, Bundle>> = { 'manage-workloads': 'view-workloads', 'manage-pipelines': 'view-pipelines', 'manage-alerting': 'view-monitoring' };

export function bundleMask(bundles: Iterable<string>): BundleMask {
  let mask = 0;
  for (const b of bundles) {
    const bit = BIT.get(b);
    if (bit === undefined) continue;
    mask |= bit;
    const implied = IMPLIES[b as Bundle];
    if (implied) mask |= BIT.get(implied)!;
  }
  return mask;
}

export const hasBundle = (mask: BundleMask, bundle: Bundle) => (mask & BIT.get(bundle)!) !== 0;
export const bundlesOf = (mask: BundleMask): Bundle[] => BUNDLES.filter((b) => hasBundle(mask, b));

/** Bundles that only apply to a project (a workspace grant's mask reaches every project of it). */
const WORKSPACE_ONLY: BundleMask = bundleMask(['create-projects']);
export const projectPart = (mask: BundleMask): BundleMask => mask & ~WORKSPACE_ONLY;

const VIEW = ['view-workloads', 'view-monitoring', 'view-logs', 'view-pipelines'] as const;
const OPERATE = [...VIEW, 'manage-workloads', 'manage-alerting', 'manage-pipelines'] as const;
const PROJECT_ALL = projectPart(ALL_BUNDLES);

/** KubeSphere's built-in project roles (also the DevOps-project roles: a DevOps project is a project). */
export const PROJECT_ROLE_BUNDLES: Readonly<Record<ProjectRole, BundleMask>> = Object.freeze({
  admin: PROJECT_ALL,
  operator: bundleMask(OPERATE),
  viewer: bundleMask(VIEW),
});

/** Built-in workspace roles; the project bundles of a workspace grant hold in each of its projects. */
export const WORKSPACE_ROLE_BUNDLES: Readonly<Record<WorkspaceRole, BundleMask>> = Object.freeze({
  'workspace-admin': ALL_BUNDLES,
  'workspace-self-provisioner': bundleMask(['create-projects']),
  'workspace-regular': 0,
  'workspace-viewer': bundleMask(VIEW),
});

/** Built-in platform roles: platform admins hold every bundle everywhere. */
export const PLATFORM_ROLE_BUNDLES: Readonly<Record<PlatformRole, BundleMask>> = Object.freeze({
  'platform-admin': ALL_BUNDLES,
  'platform-self-provisioner': 0,
  'platform-regular': 0,
});

/** Bundles that change something: a READ_ONLY API token never holds them. */
// Their own bits only: bundleMask() would add what they imply (view-monitoring, view-workloads...), and a read-only token would lose those too.
export const WRITE_BUNDLES: BundleMask = (['manage-workloads', 'manage-alerting', 'manage-pipelines', 'manage-members', 'manage-settings', 'create-projects'] as const).reduce((mask, b) => mask | BIT.get(b)!, 0);
