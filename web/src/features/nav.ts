import type { NavItem } from '@/ui/nav.ts';
import { workspacesNav } from '@/features/workspaces/nav.tsx';
import { projectsNav } from '@/features/projects/nav.tsx';
import { workloadsNav } from '@/features/workloads/nav.ts';
import { kindsNav } from '@/features/kinds/nav.ts';
import { usersNav } from '@/features/users/nav.ts';
import { ssoNav } from '@/features/sso/nav.ts';
import { auditNav } from '@/features/audit/nav.ts';
import { accountNav } from '@/features/account/nav.ts';
import { projectSettingsNav } from '@/features/project-settings/nav.ts';
import { workspaceSettingsNav } from '@/features/workspace-settings/nav.ts';
import { rolesNav } from '@/features/roles/nav.ts';
import { devopsNav } from '@/features/devops/nav.ts';
import { tenantsNav } from '@/features/tenants/nav.ts';
import { monitoringNav } from '@/features/monitoring/nav.ts';
import { alertingNav } from '@/features/alerting/nav.ts';
import { logsNav } from '@/features/logs/nav.ts';

/** The sidebar: every feature's entries, in this order. A new feature adds its list here. */
export const NAV: NavItem[] = [...workspacesNav, ...projectsNav, ...workloadsNav, ...kindsNav, ...tenantsNav, ...projectSettingsNav, ...workspaceSettingsNav, ...rolesNav, ...devopsNav, ...monitoringNav, ...logsNav, ...alertingNav, ...usersNav, ...ssoNav, ...auditNav, ...accountNav];
