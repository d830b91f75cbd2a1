import type { NavItem } from '@/ui/nav.ts';

/** Log search of the open project and workspace, and the project's event history. */
export const logsNav: NavItem[] = [
  {
    id: 'logs-project',
    section: 'nav.monitoring',
    label: 'logs.nav.project',
    icon: '≡',
    testId: 'nav-logs-project',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/logs` : null),
    visible: () => true,
  },
  {
    id: 'events-project',
    section: 'nav.monitoring',
    label: 'logs.nav.events',
    icon: '≡',
    testId: 'nav-events-project',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/events` : null),
    visible: () => true,
  },
  {
    id: 'logs-workspace',
    section: 'nav.monitoring',
    label: 'logs.nav.workspace',
    icon: '≡',
    testId: 'nav-logs-workspace',
    href: (place) => (place.workspace ? `/workspaces/${place.workspace}/logs` : null),
    visible: () => true,
  },
];
