import type { NavItem } from '@/ui/nav.ts';

/** Workspace settings: the workspace's quota and isolation (all who see it; its admins change them). */
export const workspaceSettingsNav: NavItem[] = [
  {
    id: 'workspace-quotas',
    section: 'nav.workspaceSettings',
    label: 'nav.workspaceQuotas',
    icon: '▥',
    testId: 'nav-workspace-quotas',
    href: (place) => (place.workspace ? `/workspaces/${place.workspace}/settings/quotas` : null),
    visible: () => true,
  },
];
