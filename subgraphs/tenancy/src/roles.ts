import type { PlatformRole, ProjectRole, WorkspaceRole } from '@meridian/core';
import type {
  PlatformRole as GqlPlatformRole,
  ProjectRole as GqlProjectRole,
  WorkspaceRole as GqlWorkspaceRole,
} from './generated/resolvers.ts';

/** Roles are stored as Kubernetes-style names ("workspace-admin") and served as GraphQL enums. */
const toEnum = (role: string) => role.toUpperCase().replace(/-/g, '_');
const fromEnum = (value: string) => value.toLowerCase().replace(/_/g, '-');

export const platformRoleOut = (r: string) => toEnum(r) as GqlPlatformRole;
export const workspaceRoleOut = (r: string) => toEnum(r) as GqlWorkspaceRole;
export const projectRoleOut = (r: string) => toEnum(r) as GqlProjectRole;
export const platformRoleIn = (v: GqlPlatformRole) => fromEnum(v) as PlatformRole;
export const workspaceRoleIn = (v: GqlWorkspaceRole) => fromEnum(v) as WorkspaceRole;
export const projectRoleIn = (v: GqlProjectRole) => fromEnum(v) as ProjectRole;
export type { PlatformRole };
