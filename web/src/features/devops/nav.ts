import type { NavItem } from '@/ui/nav.ts';
import { devopsHref } from '@/features/devops/routes.ts';

/**
 * DevOps projects of the open workspace. Every workspace member may list them (the API shows
 * only those the caller may see); creating one needs `viewerCanCreateProject`, checked on the page.
 */
export const devopsNav: NavItem[] = [
  {
    id: 'devops',
    section: 'nav.devops',
    label: 'devops.projects.title',
    icon: '⟳',
    testId: 'nav-devops',
    href: (place) => (place.workspace ? devopsHref(place.workspace) : null),
    visible: () => true,
  },
];
