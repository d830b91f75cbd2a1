import type { NavItem } from '@/ui/nav.ts';

/** Alerting: the open project's alerts, rules and silences; the open workspace's notification channels. */
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
];
