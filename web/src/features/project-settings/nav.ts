import type { NavItem } from '@/ui/nav.ts';

/** Project settings: quotas, default limits and isolation of the open project (all who see it; admins change them). */
export const projectSettingsNav: NavItem[] = [
  {
    id: 'project-quotas',
    section: 'nav.projectSettings',
    label: 'nav.projectQuotas',
    icon: '▤',
    testId: 'nav-project-quotas',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/settings/quotas` : null),
    visible: () => true,
  },
];
