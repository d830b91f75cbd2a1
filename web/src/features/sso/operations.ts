import { graphql } from '@/gql/index.ts';

/** Group → role mappings (platform admins): the mappings file's first, then those added here. */
export const GroupRoleMappingsQuery = graphql(`
  query GroupRoleMappings {
    groupRoleMappings {
      id
      source
      group
      platformRole
      workspace
      workspaceRole
      project
      projectRole
      fromFile
    }
  }
`);

export const CreateGroupRoleMappingMutation = graphql(`
  mutation CreateGroupRoleMapping($input: GroupRoleMappingInput!) {
    createGroupRoleMapping(input: $input) {
      id
    }
  }
`);

export const DeleteGroupRoleMappingMutation = graphql(`
  mutation DeleteGroupRoleMapping($id: ID!) {
    deleteGroupRoleMapping(id: $id)
  }
`);
