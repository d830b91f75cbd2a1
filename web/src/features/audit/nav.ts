import type { NavItem } from '@/ui/nav.ts';

/**
 * The audit log: platform admins and workspace admins (me.canReadAuditLog, the rule auditEvents
 * enforces), and project admins, who read their projects' records from the search
 * (me.canSearchAuditLog, searchAuditEvents' rule).
 */
export const auditNav: NavItem[] = [
  {
    id: 'audit',
    section: 'nav.platform',
    label: 'nav.audit',
    icon: '≡',
    href: () => '/audit',
    visible: (can) => can.canReadAuditLog === true || can.canSearchAuditLog === true,
    testId: 'nav-audit',
  },
];
