/** This subgraph's codegen settings, read by the root codegen.ts (paths relative to src/generated/). */
// tenancy resolves from database rows and namespaces (mappers), not from GraphQL shapes.
export const mappers = {
  User: '../sources/users.ts#UserRow',
  Workspace: '../sources/workspaces.ts#WorkspaceRow',
  WorkspaceMember: '../sources/workspaces.ts#WorkspaceMemberRow',
  ProjectMember: '../sources/users.ts#ProjectMemberRow',
  Project: '../sources/namespaces.ts#ProjectRow',
  WorkspaceConnection: '../sources/workspaces.ts#WorkspaceConnectionRow',
  ProjectConnection: '../sources/namespaces.ts#ProjectConnectionRow',
  UserConnection: '../sources/users.ts#UserConnectionRow',
  LoginResult: '../sources/sessions.ts#LoginRow',
  ApiToken: '../sources/api-tokens.ts#ApiTokenRow',
  ApiTokenConnection: '../sources/api-tokens.ts#ApiTokenConnectionRow',
  CreatedApiToken: '../sources/api-tokens.ts#CreatedApiTokenRow',
  UserSession: '../sources/sessions.ts#SessionRow',
  GroupRoleMapping: '../sources/group-roles.ts#GroupRoleMappingRow',
  Role: '../resolvers/roles.ts#RoleModel',
  RoleConnection: '../resolvers/roles.ts#RoleConnectionModel',
  UserSessionConnection: '../sources/sessions.ts#SessionConnectionRow',
  AuditEvent: '../sources/audit-events.ts#AuditEventRow',
  AuditEventConnection: '../sources/audit-events.ts#AuditEventConnectionRow',
};
