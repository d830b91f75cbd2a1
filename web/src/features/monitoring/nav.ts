import type { NavItem } from '@/ui/nav.ts';

/**
 * Monitoring dashboards: the open project's and workspace's (the API answers only what the caller
 * may read), the cluster's for platform admins.
 */
export const monitoringNav: NavItem[] = [
  {
    id: 'monitoring-project',
    section: 'nav.monitoring',
    label: 'monitoring.nav.project',
    icon: '∿',
    testId: 'nav-monitoring-project',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/monitoring` : null),
    visible: () => true,
  },
  {
    id: 'monitoring-workspace',
    section: 'nav.monitoring',
    label: 'monitoring.nav.workspace',
    icon: '∿',
    testId: 'nav-monitoring-workspace',
    href: (place) => (place.workspace ? `/workspaces/${place.workspace}/monitoring` : null),
    visible: () => true,
  },
  {
    id: 'monitoring-cluster',
    section: 'nav.monitoring',
    label: 'monitoring.nav.cluster',
    icon: '∿',
    testId: 'nav-monitoring-cluster',
    href: () => '/cluster/monitoring',
    visible: (caps) => caps.canViewCluster === true,
  },
];
