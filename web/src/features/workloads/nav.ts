import type { NavItem, NavPlace } from '@/ui/nav.ts';

const projectPath = (place: NavPlace) =>
  place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}` : null;

/** The open project's workloads (the project page's tabs). */
export const workloadsNav: NavItem[] = [
  {
    id: 'pods',
    section: 'nav.workloads',
    label: 'nav.pods',
    icon: '◉',
    href: projectPath,
    visible: () => true,
  },
  {
    id: 'deployments',
    section: 'nav.workloads',
    label: 'nav.deployments',
    icon: '▤',
    // The generic Deployments list (features/kinds): create wizard, detail, rollouts.
    href: (place) => {
      const path = projectPath(place);
      return path && `${path}/resources/deployments`;
    },
    testId: 'nav-deployments',
    visible: () => true,
  },
];
