import type { CustomRoleSource } from './sources/custom-roles.ts';
import type { RbacMirror } from './rbac/mirror.ts';
import type { ContextWith } from '@meridian/core';
import type { TenancyLoaders } from './loaders.ts';
import type { ApiTokenSource } from './sources/api-tokens.ts';
import type { AuditEventSource } from './sources/audit-events.ts';
import type { NamespaceSource } from './sources/namespaces.ts';
import type { OidcProvider } from './sources/oidc.ts';
import type { GroupRoleSync } from './sources/group-roles.ts';
import type { SessionSource } from './sources/sessions.ts';
import type { UserSource } from './sources/users.ts';
import type { WorkspaceSource } from './sources/workspaces.ts';
import type { IsolationSource } from './sources/isolation.ts';
import type { ProjectQuotaSource } from './sources/project-quotas.ts';
import type { WorkspaceSettingsSource } from './sources/workspace-settings.ts';

export interface Sources {
  users: UserSource;
  sessions: SessionSource;
  apiTokens: ApiTokenSource;
  workspaces: WorkspaceSource;
  namespaces: NamespaceSource;
  /** The audit store (audit_events), for auditEvents. */
  auditEvents: AuditEventSource;
  /** Custom roles (sources/custom-roles.ts) and their mirror into Kubernetes RBAC (rbac/mirror.ts). */
  roles: CustomRoleSource;
  rbac: RbacMirror;
  /** The sign-in methods besides local passwords (loginMethods), and group → role mappings. */
  signIn: { ldap: boolean; oidc?: OidcProvider; groupRoles: GroupRoleSync };
  projectQuotas: ProjectQuotaSource;
  isolation: IsolationSource;
  workspaceSettings: WorkspaceSettingsSource;
}

/** `loaders` are created per request (never shared: what a caller may see differs). */
export type TenancyContext = ContextWith<Sources> & { loaders: TenancyLoaders };
