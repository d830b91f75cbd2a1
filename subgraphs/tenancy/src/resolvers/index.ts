import { Role } from './roles.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { ApiToken } from './api-tokens.ts';
import { AuditEvent } from './audit.ts';
import { GroupRoleMapping, UserSession } from './sign-in.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { LoginResult, Project, ProjectMember, User, Workspace, WorkspaceMember } from './types.ts';

export const resolvers: Resolvers<TenancyContext> = { Query, Mutation, User, LoginResult, Workspace, Project, WorkspaceMember, ProjectMember, ApiToken, AuditEvent, Role, UserSession, GroupRoleMapping };
