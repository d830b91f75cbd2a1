import { graphql } from '@/gql/index.ts';

/** A project's quota with its use, its default container resources and its isolation switch. */
export const ProjectQuotasQuery = graphql(`
  query ProjectQuotas($project: String!) {
    project(name: $project) {
      name
      displayName
      viewerCanManageSettings
      networkIsolated
      quota {
        ...QuotaUsageRow_quotaUsage
      }
      limitRange {
        ...LimitRangeForm_containerDefaults
      }
    }
  }
`);

export const SetProjectQuotaMutation = graphql(`
  mutation SetProjectQuota($project: String!, $hard: [QuotaLimitInput!]!) {
    setProjectQuota(project: $project, input: { hard: $hard }) {
      name
      quota {
        ...QuotaUsageRow_quotaUsage
      }
    }
  }
`);

export const SetProjectLimitRangeMutation = graphql(`
  mutation SetProjectLimitRange($project: String!, $input: LimitRangeInput) {
    setProjectLimitRange(project: $project, input: $input) {
      name
      limitRange {
        ...LimitRangeForm_containerDefaults
      }
    }
  }
`);

export const SetProjectNetworkIsolationMutation = graphql(`
  mutation SetProjectNetworkIsolation($project: String!, $enabled: Boolean!) {
    setProjectNetworkIsolation(project: $project, enabled: $enabled) {
      name
      networkIsolated
    }
  }
`);
