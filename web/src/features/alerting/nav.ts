import type { NavItem } from '@/ui/nav.ts';

/** Alerting: the open project's alerts, rules and silences; the open workspace's channels; node and cluster alerting and the platform's channels for platform admins. */
export const alertingNav: NavItem[] = [
  {
    id: 'alerting-project',
    section: 'nav.alerting',
    label: 'alerting.nav.project',
    icon: '⚠',
    testId: 'nav-alerting-project',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/alerting` : null),
    visible: () => true,
  },
  {
    id: 'alerting-channels',
    section: 'nav.alerting',
    label: 'alerting.nav.channels',
    icon: '✉',
    testId: 'nav-alerting-channels',
    href: (place) => (place.workspace ? `/workspaces/${place.workspace}/settings/notifications` : null),
    visible: () => true,
  },
  {
    id: 'alerting-cluster',
    section: 'nav.alerting',
    label: 'alerting.nav.cluster',
    icon: '⚠',
    testId: 'nav-alerting-cluster',
    href: () => '/cluster/alerting',
    visible: (caps) => caps.canViewCluster === true,
  },
  {
    id: 'alerting-platform-channels',
    section: 'nav.alerting',
    label: 'alerting.nav.platformChannels',
    icon: '✉',
    testId: 'nav-alerting-platform-channels',
    href: () => '/cluster/notifications',
    visible: (caps) => caps.canViewCluster === true,
  },
];
