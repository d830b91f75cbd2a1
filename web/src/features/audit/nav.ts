import type { NavItem } from '@/ui/nav.ts';

/** The audit log: platform admins and workspace admins (me.canReadAuditLog, the rule auditEvents enforces). */
export const auditNav: NavItem[] = [
  {
    id: 'audit',
    section: 'nav.platform',
    label: 'nav.audit',
    icon: '≡',
    href: () => '/audit',
    visible: (can) => can.canReadAuditLog === true,
    testId: 'nav-audit',
  },
];
