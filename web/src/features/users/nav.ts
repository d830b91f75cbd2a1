import type { NavItem } from '@/ui/nav.ts';

/** Platform administration: only for those the API says manage users (me.canManageUsers). */
export const usersNav: NavItem[] = [
  {
    id: 'users',
    section: 'nav.platform',
    label: 'nav.users',
    icon: '☺',
    href: () => '/users',
    visible: (can) => can.canManageUsers,
    testId: 'nav-users',
  },
];
