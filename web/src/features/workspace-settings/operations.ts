import { graphql } from '@/gql/index.ts';

/** A workspace's quota (limits, what its projects were given, their summed use) and isolation switch. */
export const WorkspaceQuotasQuery = graphql(`
  query WorkspaceQuotas($workspace: String!) {
    workspace(name: $workspace) {
      name
      displayName
      viewerCanManageSettings
      networkIsolated
      quota {
        ...QuotaUsageRow_quotaUsage
      }
    }
  }
`);

export const SetWorkspaceQuotaMutation = graphql(`
  mutation SetWorkspaceQuota($workspace: String!, $hard: [QuotaLimitInput!]!) {
    setWorkspaceQuota(workspace: $workspace, input: { hard: $hard }) {
      name
      quota {
        ...QuotaUsageRow_quotaUsage
      }
    }
  }
`);

export const SetWorkspaceNetworkIsolationMutation = graphql(`
  mutation SetWorkspaceNetworkIsolation($workspace: String!, $enabled: Boolean!) {
    setWorkspaceNetworkIsolation(workspace: $workspace, enabled: $enabled) {
      name
      networkIsolated
    }
  }
`);
