import type { NavItem } from '@/ui/nav.ts';

/** The caller's own account: every signed-in user manages their API tokens. */
export const accountNav: NavItem[] = [
  {
    id: 'api-tokens',
    section: 'nav.account',
    label: 'nav.apiTokens',
    icon: '◈',
    href: () => '/account/tokens',
    visible: () => true,
    testId: 'nav-api-tokens',
  },
  {
    id: 'sessions',
    section: 'nav.account',
    label: 'nav.sessions',
    icon: '◎',
    href: () => '/account/sessions',
    visible: () => true,
    testId: 'nav-sessions',
  },
];
