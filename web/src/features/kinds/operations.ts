import { graphql } from '@/gql/index.ts';
import type { KubeObjectFilter, WorkloadSort } from '@/gql/graphql.ts';

/** Rows per page of a kind's list (the table virtualizes what is off screen). */
export const OBJECT_PAGE_SIZE = 100;

/**
 * Every read of Kubernetes objects in one document, its parts chosen by flags: a page of a
 * namespaced kind (`Project.objects`), a page of a cluster kind (platform admins), or one object
 * for its detail page. One document because each document that spreads the row fragment carries
 * it whole in the console's bundle (docs/architecture.md, persisted operations).
 */
export const KubeObjectsQuery = graphql(`
  query KubeObjects(
    $kind: String!
    $project: String!
    $objectProject: String
    $name: String!
    $first: Int!
    $after: String
    $filter: KubeObjectFilter
    $sort: WorkloadSort
    $list: Boolean!
    $detail: Boolean!
    $nodes: Boolean!
    $persistentVolumes: Boolean!
    $storageClasses: Boolean!
  ) {
    project(name: $project) @include(if: $list) {
      name
      displayName
      viewerCanEdit
      objects(kind: $kind, first: $first, after: $after, filter: $filter, sort: $sort) {
        totalCount
        pageInfo {
          ...Pager_pageInfo
        }
        edges {
          node {
            ...KubeObjectRow_object
          }
        }
      }
    }
    nodes(first: $first, after: $after, filter: $filter, sort: $sort) @include(if: $nodes) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
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
        ...Pager_pageInfo
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
        ...Pager_pageInfo
      }
      edges {
        node {
          ...KubeObjectRow_object
        }
      }
    }
    kubeObject(kind: $kind, project: $objectProject, name: $name) @include(if: $detail) {
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

/** The flags and placeholders of KubeObjectsQuery for one use (unused arguments are never read). */
export function kubeObjectsVariables(
  use: { list: { kind: string; project: string | null } } | { detail: { kind: string; project: string | null; name: string } },
  page: { first: number; after: string | null; sort: WorkloadSort; filter: KubeObjectFilter | null } = { first: 1, after: null, sort: { field: 'NAME', direction: 'ASC' }, filter: null },
) {
  const kind = 'list' in use ? use.list.kind : use.detail.kind;
  const listing = 'list' in use;
  const cluster = listing && use.list.project === null;
  return {
    kind,
    project: listing ? (use.list.project ?? '') : '',
    objectProject: listing ? null : use.detail.project,
    name: listing ? '' : use.detail.name,
    ...page,
    list: listing && !cluster,
    detail: !listing,
    nodes: cluster && kind === 'Node',
    persistentVolumes: cluster && kind === 'PersistentVolume',
    storageClasses: cluster && kind === 'StorageClass',
  };
}

/**
 * Changes to the kind in the project (server-filtered like the page), for live lists: the new
 * status shows at once; the page is then read again for the rest (a light event keeps the
 * console's bundle small: see KubeObjectsQuery).
 */
export const ResourceChangedSubscription = graphql(`
  subscription ResourceChanged($kind: String!, $project: String!, $filter: KubeObjectFilter) {
    resourceChanged(kind: $kind, project: $project, filter: $filter) {
      type
      object {
        name
        metadata {
          resourceVersion
        }
        status {
          status
          message
        }
      }
    }
  }
`);

/** One Secret's type and values, for its page only (editors; asked for on Reveal, never for a list). */
export const SecretContentQuery = graphql(`
  query SecretContent($project: String!, $name: String!) {
    kubeObject(kind: "Secret", project: $project, name: $name) {
      name
      ... on Secret {
        content {
          type
          data {
            key
            value
            base64
          }
        }
      }
    }
  }
`);

/** Changes to a cluster kind (platform admins), for the cluster lists: the same light event. */
export const ClusterResourceChangedSubscription = graphql(`
  subscription ClusterResourceChanged($kind: String!, $filter: KubeObjectFilter) {
    clusterResourceChanged(kind: $kind, filter: $filter) {
      type
      object {
        name
        metadata {
          resourceVersion
        }
        status {
          status
          message
        }
      }
    }
  }
`);

/*
 * The action mutations below select little on purpose: the detail page reads the object again
 * after each (and on every resourceChanged event), and every document that spreads the row
 * fragment carries it whole in the console's bundle.
 */

/** What the action mutations select of the object they changed: which one, at which version. */
export const ObjectVersionFragment = graphql(`
  fragment ObjectVersion on KubeObject {
    name
    metadata {
      resourceVersion
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
      ...ObjectVersion
    }
  }
`);

export const RollbackRolloutMutation = graphql(`
  mutation RollbackRollout($kind: String!, $project: String!, $name: String!, $revision: Int!) {
    rollbackRollout(kind: $kind, project: $project, name: $name, revision: $revision) {
      ...ObjectVersion
    }
  }
`);

export const PauseRolloutMutation = graphql(`
  mutation PauseRollout($project: String!, $name: String!) {
    pauseRollout(project: $project, name: $name) {
      ...ObjectVersion
    }
  }
`);

export const ResumeRolloutMutation = graphql(`
  mutation ResumeRollout($project: String!, $name: String!) {
    resumeRollout(project: $project, name: $name) {
      ...ObjectVersion
    }
  }
`);

export const SuspendCronJobMutation = graphql(`
  mutation SuspendCronJob($project: String!, $name: String!) {
    suspendCronJob(project: $project, name: $name) {
      ...ObjectVersion
    }
  }
`);

export const ResumeCronJobMutation = graphql(`
  mutation ResumeCronJob($project: String!, $name: String!) {
    resumeCronJob(project: $project, name: $name) {
      ...ObjectVersion
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
      ...ObjectVersion
    }
  }
`);

export const UncordonNodeMutation = graphql(`
  mutation UncordonNode($name: String!) {
    uncordonNode(name: $name) {
      ...ObjectVersion
    }
  }
`);

export const DrainNodeMutation = graphql(`
  mutation DrainNode($name: String!) {
    drainNode(name: $name) {
      node {
        name
      }
      evicted
      skipped {
        pod
        reason
      }
      pending {
        pod
        reason
      }
      complete
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
