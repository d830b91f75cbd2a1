import { graphql } from '@/gql/index.ts';

/** Rows per page of the deployment table. */
export const DEPLOYMENT_PAGE_SIZE = 50;

/** A page of the project's deployments, sorted by the API; `viewerCanEdit` decides whether Scale is offered. */
export const ProjectDeploymentsQuery = graphql(`
  query ProjectDeployments($name: String!, $first: Int!, $after: String, $sort: WorkloadSort) {
    project(name: $name) {
      name
      viewerCanEdit
      deployments(first: $first, after: $after, sort: $sort) {
        totalCount
        pageInfo {
          ...Pager_pageInfo
        }
        edges {
          node {
            name
            ...DeploymentRow_deployment
          }
        }
      }
    }
  }
`);

export const ScaleDeploymentMutation = graphql(`
  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {
    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {
      name
      ...DeploymentRow_deployment
    }
  }
`);
