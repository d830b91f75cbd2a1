import type { NavItem } from '@/ui/nav.ts';

/** Platform administration: group → role mappings for LDAP and single sign-on (platform admins). */
export const ssoNav: NavItem[] = [
  {
    id: 'group-mappings',
    section: 'nav.platform',
    label: 'nav.groupMappings',
    icon: '⇄',
    href: () => '/users/group-mappings',
    visible: (can) => can.canManageUsers,
    testId: 'nav-group-mappings',
  },
];
