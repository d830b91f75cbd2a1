import type { NavItem } from '@/ui/nav.ts';

/**
 * Members and roles of the open workspace and project (listed under their settings sections).
 * Shown to all who see the scope; the pages say FORBIDDEN to those who may not manage them.
 */
export const rolesNav: NavItem[] = [
  {
    id: 'project-members',
    section: 'nav.projectSettings',
    label: 'nav.members',
    icon: '☺',
    testId: 'nav-project-members',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/settings/members` : null),
    visible: () => true,
  },
  {
    id: 'project-roles',
    section: 'nav.projectSettings',
    label: 'nav.roles',
    icon: '⚿',
    testId: 'nav-project-roles',
    href: (place) => (place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/settings/roles` : null),
    visible: () => true,
  },
  {
    id: 'workspace-members',
    section: 'nav.workspaceSettings',
    label: 'nav.members',
    icon: '☺',
    testId: 'nav-workspace-members',
    href: (place) => (place.workspace && !place.project ? `/workspaces/${place.workspace}/settings/members` : null),
    visible: () => true,
  },
  {
    id: 'workspace-roles',
    section: 'nav.workspaceSettings',
    label: 'nav.roles',
    icon: '⚿',
    testId: 'nav-workspace-roles',
    href: (place) => (place.workspace && !place.project ? `/workspaces/${place.workspace}/settings/roles` : null),
    visible: () => true,
  },
];
