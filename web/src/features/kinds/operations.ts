import { graphql } from '@/gql/index.ts';

/** Rows per page of a kind's list (the table virtualizes what is off screen). */
export const OBJECT_PAGE_SIZE = 100;

/** A page of one namespaced kind, sorted, filtered and paged by the API (`Project.objects`). */
export const ProjectObjectsQuery = graphql(`
  query ProjectObjects($project: String!, $kind: String!, $first: Int!, $after: String, $filter: KubeObjectFilter, $sort: WorkloadSort) {
    project(name: $project) {
      name
      displayName
      viewerCanEdit
      objects(kind: $kind, first: $first, after: $after, filter: $filter, sort: $sort) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
        edges {
          node {
            ...KubeObjectRow_object
          }
        }
      }
    }
  }
`);

/** Changes to the kind in the project (server-filtered like the page), for live lists. */
export const ResourceChangedSubscription = graphql(`
  subscription ResourceChanged($kind: String!, $project: String!, $filter: KubeObjectFilter) {
    resourceChanged(kind: $kind, project: $project, filter: $filter) {
      type
      object {
        ...KubeObjectRow_object
      }
    }
  }
`);

/** The cluster kinds (platform admins): one of the three lists, chosen by the flags. */
export const ClusterObjectsQuery = graphql(`
  query ClusterObjects(
    $nodes: Boolean!
    $persistentVolumes: Boolean!
    $storageClasses: Boolean!
    $first: Int!
    $after: String
    $filter: KubeObjectFilter
    $sort: WorkloadSort
  ) {
    nodes(first: $first, after: $after, filter: $filter, sort: $sort) @include(if: $nodes) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        node {
          ...KubeObjectRow_object
        }
      }
    }
    persistentVolumes(first: $first, after: $after, filter: $filter, sort: $sort) @include(if: $persistentVolumes) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        node {
          ...KubeObjectRow_object
        }
      }
    }
    storageClasses(first: $first, after: $after, filter: $filter, sort: $sort) @include(if: $storageClasses) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        node {
          ...KubeObjectRow_object
        }
      }
    }
  }
`);

/** One object for its detail page: the row, the metadata, the YAML and the first events. */
export const KubeObjectDetailQuery = graphql(`
  query KubeObjectDetail($kind: String!, $project: String, $name: String!) {
    kubeObject(kind: $kind, project: $project, name: $name) {
      ...KubeObjectRow_object
      metadata {
        labels {
          key
          value
        }
        annotations {
          key
          value
        }
        ownerReferences {
          kind
          name
          controller
        }
      }
      yaml
      events(first: 50) {
        ...KubeEventItem_event
      }
    }
  }
`);

/** Whether the caller may change the project (actions and editors are offered only then). */
export const ProjectCapabilitiesQuery = graphql(`
  query ProjectCapabilities($project: String!) {
    project(name: $project) {
      name
      displayName
      viewerCanEdit
    }
  }
`);

export const KubeEventItemFragment = graphql(`
  fragment KubeEventItem_event on KubeEvent {
    name
    type
    reason
    message
    count
    source
    lastSeen
    firstSeen
  }
`);

/** The events about one object: those recorded so far, then live. */
export const ObjectEventsSubscription = graphql(`
  subscription ObjectEvents($kind: String!, $namespace: String!, $name: String!) {
    events(kind: $kind, namespace: $namespace, name: $name) {
      type
      event {
        ...KubeEventItem_event
      }
    }
  }
`);

export const ApplyYamlMutation = graphql(`
  mutation ApplyYaml($project: String!, $yaml: String!, $dryRun: Boolean!) {
    applyYaml(project: $project, yaml: $yaml, dryRun: $dryRun) {
      kind
      name
      yaml
    }
  }
`);

export const UpdateObjectMutation = graphql(`
  mutation UpdateObject($project: String!, $yaml: String!) {
    updateObject(project: $project, yaml: $yaml) {
      ...KubeObjectRow_object
      name
      yaml
    }
  }
`);

export const DeleteObjectMutation = graphql(`
  mutation DeleteObject($kind: String!, $project: String!, $name: String!, $propagationPolicy: PropagationPolicy!) {
    deleteObject(kind: $kind, project: $project, name: $name, propagationPolicy: $propagationPolicy) {
      kind
      name
    }
  }
`);

export const RestartRolloutMutation = graphql(`
  mutation RestartRollout($kind: String!, $project: String!, $name: String!) {
    restartRollout(kind: $kind, project: $project, name: $name) {
      ...KubeObjectRow_object
    }
  }
`);

export const RollbackRolloutMutation = graphql(`
  mutation RollbackRollout($kind: String!, $project: String!, $name: String!, $revision: Int!) {
    rollbackRollout(kind: $kind, project: $project, name: $name, revision: $revision) {
      ...KubeObjectRow_object
      yaml
    }
  }
`);

export const PauseRolloutMutation = graphql(`
  mutation PauseRollout($project: String!, $name: String!) {
    pauseRollout(project: $project, name: $name) {
      ...KubeObjectRow_object
    }
  }
`);

export const ResumeRolloutMutation = graphql(`
  mutation ResumeRollout($project: String!, $name: String!) {
    resumeRollout(project: $project, name: $name) {
      ...KubeObjectRow_object
    }
  }
`);

export const SuspendCronJobMutation = graphql(`
  mutation SuspendCronJob($project: String!, $name: String!) {
    suspendCronJob(project: $project, name: $name) {
      ...KubeObjectRow_object
    }
  }
`);

export const ResumeCronJobMutation = graphql(`
  mutation ResumeCronJob($project: String!, $name: String!) {
    resumeCronJob(project: $project, name: $name) {
      ...KubeObjectRow_object
    }
  }
`);

export const RunCronJobMutation = graphql(`
  mutation RunCronJob($project: String!, $name: String!) {
    runCronJob(project: $project, name: $name) {
      name
    }
  }
`);

export const CordonNodeMutation = graphql(`
  mutation CordonNode($name: String!) {
    cordonNode(name: $name) {
      ...KubeObjectRow_object
    }
  }
`);

export const UncordonNodeMutation = graphql(`
  mutation UncordonNode($name: String!) {
    uncordonNode(name: $name) {
      ...KubeObjectRow_object
    }
  }
`);

export const DrainNodeMutation = graphql(`
  mutation DrainNode($name: String!) {
    drainNode(name: $name) {
      node {
        ...KubeObjectRow_object
      }
      evicted
      skipped {
        pod
        reason
      }
    }
  }
`);

/** What the wizards offer to pick from: the project's ConfigMaps (with keys), Secrets and claims. */
export const ProjectConfigSourcesQuery = graphql(`
  query ProjectConfigSources($project: String!) {
    project(name: $project) {
      name
      configMaps(first: 200) {
        nodes {
          name
          data {
            key
          }
        }
      }
      secrets(first: 200) {
        nodes {
          name
        }
      }
      persistentVolumeClaims(first: 200) {
        nodes {
          name
        }
      }
      deployments(first: 200) {
        nodes {
          name
        }
      }
      statefulSets(first: 200) {
        nodes {
          name
        }
      }
      services(first: 200) {
        nodes {
          name
          ports {
            port
          }
        }
      }
    }
  }
`);

/** What the API offers per kind (sort keys, filters, read-only, its create mutation). */
export const KubeKindsQuery = graphql(`
  query KubeKinds {
    kubeKinds {
      kind
      namespaced
      clusterAdmin
      readOnly
      metadataOnly
      filters
      sortKeys
      listField
      createMutation
    }
  }
`);
