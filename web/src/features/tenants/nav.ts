import type { NavItem } from '@/ui/nav.ts';

/** Settings → General of the open workspace or project (the pages say what the caller may change). */
export const tenantsNav: NavItem[] = [
  {
    id: 'project-general',
    section: 'nav.projectSettings',
    label: 'nav.general',
    icon: '⚙',
    testId: 'nav-project-general',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/settings/general` : null),
    visible: () => true,
  },
  {
    id: 'workspace-general',
    section: 'nav.workspaceSettings',
    label: 'nav.general',
    icon: '⚙',
    testId: 'nav-workspace-general',
    href: (place) => (place.workspace && !place.project ? `/workspaces/${place.workspace}/settings/general` : null),
    visible: () => true,
  },
];
