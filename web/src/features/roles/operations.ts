import { graphql } from '@/gql/index.ts';

/** Every permission bundle with where it applies (for the role form's check boxes). */
export const PermissionBundlesQuery = graphql(`
  query PermissionBundles {
    permissionBundles {
      bundle
      scopes
      implies
    }
  }
`);

/** The roles of a workspace or project: built-in first, then custom (one page of up to 100). */
export const RolesQuery = graphql(`
  query Roles($scope: RoleScope!, $workspace: String, $project: String) {
    roles(scope: $scope, workspace: $workspace, project: $project, first: 100) {
      totalCount
      nodes {
        ...RoleRow_role
      }
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      ...RoleRow_role
    }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($scope: RoleScope!, $workspace: String, $project: String, $name: String!, $input: UpdateRoleInput!) {
    updateRole(scope: $scope, workspace: $workspace, project: $project, name: $name, input: $input) {
      ...RoleRow_role
    }
  }
`);

export const DeleteRoleMutation = graphql(`
  mutation DeleteRole($scope: RoleScope!, $workspace: String, $project: String, $name: String!) {
    deleteRole(scope: $scope, workspace: $workspace, project: $project, name: $name)
  }
`);

/** Who may manage roles and members here (the rules the mutations enforce). */
export const ProjectRoleCapabilitiesQuery = graphql(`
  query ProjectRoleCapabilities($project: String!) {
    project(name: $project) {
      name
      viewerCanManageRoles
      viewerCanManageMembers
      myPermissions
    }
  }
`);

export const WorkspaceRoleCapabilitiesQuery = graphql(`
  query WorkspaceRoleCapabilities($workspace: String!) {
    workspace(name: $workspace) {
      name
      viewerCanManageRoles
      myPermissions
    }
  }
`);

/** One page of a project's members (by username). */
export const ProjectMembersQuery = graphql(`
  query ProjectMembersOfRoles($project: String!, $first: Int!, $after: String) {
    projectMembers(project: $project, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          roleName
          createdAt
          user {
            username
            displayName
          }
        }
      }
    }
  }
`);

/** One page of a workspace's members (by username). */
export const WorkspaceMembersQuery = graphql(`
  query WorkspaceMembersOfRoles($workspace: String!, $first: Int!, $after: String) {
    workspaceMembers(workspace: $workspace, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          roleName
          createdAt
          user {
            username
            displayName
          }
        }
      }
    }
  }
`);

export const GrantProjectRoleMutation = graphql(`
  mutation GrantProjectRole($project: String!, $username: String!, $roleName: String!) {
    addProjectMember(project: $project, username: $username, roleName: $roleName) {
      roleName
    }
  }
`);

export const GrantWorkspaceRoleMutation = graphql(`
  mutation GrantWorkspaceRole($workspace: String!, $username: String!, $roleName: String!) {
    addWorkspaceMember(workspace: $workspace, username: $username, roleName: $roleName) {
      roleName
    }
  }
`);

export const RemoveProjectMemberMutation = graphql(`
  mutation RemoveProjectMemberOfRoles($project: String!, $username: String!) {
    removeProjectMember(project: $project, username: $username)
  }
`);

export const RemoveWorkspaceMemberMutation = graphql(`
  mutation RemoveWorkspaceMemberOfRoles($workspace: String!, $username: String!) {
    removeWorkspaceMember(workspace: $workspace, username: $username)
  }
`);
