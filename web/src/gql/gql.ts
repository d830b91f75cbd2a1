/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    prefix\n    scope\n    projects\n    createdAt\n    expiresAt\n    lastUsedAt\n    status\n  }\n": typeof types.ApiTokenRow_ApiTokenFragmentDoc,
    "\n  query Viewer {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n      canCreateWorkspace\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyApiTokens($first: Int!, $after: String) {\n    myApiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ApiTokenRow_apiToken\n        }\n      }\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  query TokenProjects {\n    workspaces(first: 20) {\n      edges {\n        node {\n          name\n          projects(first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TokenProjectsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        username\n        displayName\n        platformRole\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n": typeof types.PodLogTailDocument,
    "\n  fragment PodLogs_pod on Pod {\n    logs(container: $container, tailLines: $tailLines) {\n      container\n      truncated\n      lines {\n        time\n        message\n      }\n    }\n  }\n": typeof types.PodLogs_PodFragmentDoc,
    "\n  fragment ProjectNavEntry_project on Project {\n    name\n    displayName\n  }\n": typeof types.ProjectNavEntry_ProjectFragmentDoc,
    "\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            ...ProjectCard_project\n            ...ProjectNavEntry_project\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceProjectsDocument,
    "\n  fragment ProjectCard_project on Project {\n    name\n    displayName\n  }\n": typeof types.ProjectCard_ProjectFragmentDoc,
    "\n  query Users($filter: String, $first: Int!, $after: String, $sort: UserSort) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      ...UserRow_user\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n": typeof types.SetUserPlatformRoleDocument,
    "\n  fragment UserRow_user on User {\n    id\n    username\n    email\n    displayName\n    platformRole\n    source\n    createdAt\n    lastLoginAt\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  fragment DeploymentRow_deployment on Deployment {\n    name\n    namespace\n    replicas\n    readyReplicas\n    ...ScaleDialog_deployment\n  }\n": typeof types.DeploymentRow_DeploymentFragmentDoc,
    "\n  query ProjectDeployments($name: String!, $first: Int!, $after: String, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            name\n            ...DeploymentRow_deployment\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectDeploymentsDocument,
    "\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      ...DeploymentRow_deployment\n    }\n  }\n": typeof types.ScaleDeploymentDocument,
    "\n  fragment ScaleDialog_deployment on Deployment {\n    name\n    namespace\n    replicas\n  }\n": typeof types.ScaleDialog_DeploymentFragmentDoc,
    "\n  query ProjectPods($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PodRow_pod\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectPodsDocument,
    "\n  query ProjectPodMetrics($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        edges {\n          node {\n            ...PodRowUsage_pod\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectPodMetricsDocument,
    "\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        ...PodRow_pod\n      }\n    }\n  }\n": typeof types.PodStatusChangedDocument,
    "\n  fragment PodDrawer_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      image\n      ready\n      restartCount\n      state\n      reason\n    }\n    logs(container: $container, tailLines: $tailLines) {\n      container\n    }\n  }\n": typeof types.PodDrawer_PodFragmentDoc,
    "\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      ...PodDrawer_pod\n      ...PodLogs_pod\n    }\n  }\n": typeof types.PodDetailDocument,
    "\n  fragment PodRow_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      ready\n      restartCount\n    }\n  }\n": typeof types.PodRow_PodFragmentDoc,
    "\n  fragment PodRowUsage_pod on Pod {\n    name\n    metrics {\n      cpu\n      memory\n    }\n  }\n": typeof types.PodRowUsage_PodFragmentDoc,
    "\n  fragment WorkspaceNavEntry_workspace on Workspace {\n    name\n    displayName\n  }\n": typeof types.WorkspaceNavEntry_WorkspaceFragmentDoc,
    "\n  query Workspaces {\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          ...WorkspaceCard_workspace\n          ...WorkspaceNavEntry_workspace\n        }\n      }\n    }\n  }\n": typeof types.WorkspacesDocument,
    "\n  fragment WorkspaceCard_workspace on Workspace {\n    name\n    displayName\n  }\n": typeof types.WorkspaceCard_WorkspaceFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    prefix\n    scope\n    projects\n    createdAt\n    expiresAt\n    lastUsedAt\n    status\n  }\n": types.ApiTokenRow_ApiTokenFragmentDoc,
    "\n  query Viewer {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n      canCreateWorkspace\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query MyApiTokens($first: Int!, $after: String) {\n    myApiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ApiTokenRow_apiToken\n        }\n      }\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  query TokenProjects {\n    workspaces(first: 20) {\n      edges {\n        node {\n          name\n          projects(first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TokenProjectsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        username\n        displayName\n        platformRole\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n": types.PodLogTailDocument,
    "\n  fragment PodLogs_pod on Pod {\n    logs(container: $container, tailLines: $tailLines) {\n      container\n      truncated\n      lines {\n        time\n        message\n      }\n    }\n  }\n": types.PodLogs_PodFragmentDoc,
    "\n  fragment ProjectNavEntry_project on Project {\n    name\n    displayName\n  }\n": types.ProjectNavEntry_ProjectFragmentDoc,
    "\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            ...ProjectCard_project\n            ...ProjectNavEntry_project\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceProjectsDocument,
    "\n  fragment ProjectCard_project on Project {\n    name\n    displayName\n  }\n": types.ProjectCard_ProjectFragmentDoc,
    "\n  query Users($filter: String, $first: Int!, $after: String, $sort: UserSort) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      ...UserRow_user\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n": types.SetUserPlatformRoleDocument,
    "\n  fragment UserRow_user on User {\n    id\n    username\n    email\n    displayName\n    platformRole\n    source\n    createdAt\n    lastLoginAt\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  fragment DeploymentRow_deployment on Deployment {\n    name\n    namespace\n    replicas\n    readyReplicas\n    ...ScaleDialog_deployment\n  }\n": types.DeploymentRow_DeploymentFragmentDoc,
    "\n  query ProjectDeployments($name: String!, $first: Int!, $after: String, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            name\n            ...DeploymentRow_deployment\n          }\n        }\n      }\n    }\n  }\n": types.ProjectDeploymentsDocument,
    "\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      ...DeploymentRow_deployment\n    }\n  }\n": types.ScaleDeploymentDocument,
    "\n  fragment ScaleDialog_deployment on Deployment {\n    name\n    namespace\n    replicas\n  }\n": types.ScaleDialog_DeploymentFragmentDoc,
    "\n  query ProjectPods($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PodRow_pod\n          }\n        }\n      }\n    }\n  }\n": types.ProjectPodsDocument,
    "\n  query ProjectPodMetrics($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        edges {\n          node {\n            ...PodRowUsage_pod\n          }\n        }\n      }\n    }\n  }\n": types.ProjectPodMetricsDocument,
    "\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        ...PodRow_pod\n      }\n    }\n  }\n": types.PodStatusChangedDocument,
    "\n  fragment PodDrawer_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      image\n      ready\n      restartCount\n      state\n      reason\n    }\n    logs(container: $container, tailLines: $tailLines) {\n      container\n    }\n  }\n": types.PodDrawer_PodFragmentDoc,
    "\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      ...PodDrawer_pod\n      ...PodLogs_pod\n    }\n  }\n": types.PodDetailDocument,
    "\n  fragment PodRow_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      ready\n      restartCount\n    }\n  }\n": types.PodRow_PodFragmentDoc,
    "\n  fragment PodRowUsage_pod on Pod {\n    name\n    metrics {\n      cpu\n      memory\n    }\n  }\n": types.PodRowUsage_PodFragmentDoc,
    "\n  fragment WorkspaceNavEntry_workspace on Workspace {\n    name\n    displayName\n  }\n": types.WorkspaceNavEntry_WorkspaceFragmentDoc,
    "\n  query Workspaces {\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          ...WorkspaceCard_workspace\n          ...WorkspaceNavEntry_workspace\n        }\n      }\n    }\n  }\n": types.WorkspacesDocument,
    "\n  fragment WorkspaceCard_workspace on Workspace {\n    name\n    displayName\n  }\n": types.WorkspaceCard_WorkspaceFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    prefix\n    scope\n    projects\n    createdAt\n    expiresAt\n    lastUsedAt\n    status\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    prefix\n    scope\n    projects\n    createdAt\n    expiresAt\n    lastUsedAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n      canCreateWorkspace\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n      canCreateWorkspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens($first: Int!, $after: String) {\n    myApiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ApiTokenRow_apiToken\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens($first: Int!, $after: String) {\n    myApiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ApiTokenRow_apiToken\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenProjects {\n    workspaces(first: 20) {\n      edges {\n        node {\n          name\n          projects(first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TokenProjects {\n    workspaces(first: 20) {\n      edges {\n        node {\n          name\n          projects(first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        username\n        displayName\n        platformRole\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        username\n        displayName\n        platformRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n"): (typeof documents)["\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PodLogs_pod on Pod {\n    logs(container: $container, tailLines: $tailLines) {\n      container\n      truncated\n      lines {\n        time\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PodLogs_pod on Pod {\n    logs(container: $container, tailLines: $tailLines) {\n      container\n      truncated\n      lines {\n        time\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectNavEntry_project on Project {\n    name\n    displayName\n  }\n"): (typeof documents)["\n  fragment ProjectNavEntry_project on Project {\n    name\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            ...ProjectCard_project\n            ...ProjectNavEntry_project\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            ...ProjectCard_project\n            ...ProjectNavEntry_project\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectCard_project on Project {\n    name\n    displayName\n  }\n"): (typeof documents)["\n  fragment ProjectCard_project on Project {\n    name\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: String, $first: Int!, $after: String, $sort: UserSort) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: String, $first: Int!, $after: String, $sort: UserSort) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    username\n    email\n    displayName\n    platformRole\n    source\n    createdAt\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    username\n    email\n    displayName\n    platformRole\n    source\n    createdAt\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeploymentRow_deployment on Deployment {\n    name\n    namespace\n    replicas\n    readyReplicas\n    ...ScaleDialog_deployment\n  }\n"): (typeof documents)["\n  fragment DeploymentRow_deployment on Deployment {\n    name\n    namespace\n    replicas\n    readyReplicas\n    ...ScaleDialog_deployment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDeployments($name: String!, $first: Int!, $after: String, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            name\n            ...DeploymentRow_deployment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDeployments($name: String!, $first: Int!, $after: String, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            name\n            ...DeploymentRow_deployment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      ...DeploymentRow_deployment\n    }\n  }\n"): (typeof documents)["\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      ...DeploymentRow_deployment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScaleDialog_deployment on Deployment {\n    name\n    namespace\n    replicas\n  }\n"): (typeof documents)["\n  fragment ScaleDialog_deployment on Deployment {\n    name\n    namespace\n    replicas\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPods($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PodRow_pod\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPods($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PodRow_pod\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPodMetrics($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        edges {\n          node {\n            ...PodRowUsage_pod\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPodMetrics($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {\n    project(name: $name) {\n      name\n      pods(first: $first, after: $after, filter: $filter, sort: $sort) {\n        edges {\n          node {\n            ...PodRowUsage_pod\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        ...PodRow_pod\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        ...PodRow_pod\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PodDrawer_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      image\n      ready\n      restartCount\n      state\n      reason\n    }\n    logs(container: $container, tailLines: $tailLines) {\n      container\n    }\n  }\n"): (typeof documents)["\n  fragment PodDrawer_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      image\n      ready\n      restartCount\n      state\n      reason\n    }\n    logs(container: $container, tailLines: $tailLines) {\n      container\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      ...PodDrawer_pod\n      ...PodLogs_pod\n    }\n  }\n"): (typeof documents)["\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      ...PodDrawer_pod\n      ...PodLogs_pod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PodRow_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      ready\n      restartCount\n    }\n  }\n"): (typeof documents)["\n  fragment PodRow_pod on Pod {\n    name\n    namespace\n    phase\n    podIP\n    nodeName\n    createdAt\n    containers {\n      name\n      ready\n      restartCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PodRowUsage_pod on Pod {\n    name\n    metrics {\n      cpu\n      memory\n    }\n  }\n"): (typeof documents)["\n  fragment PodRowUsage_pod on Pod {\n    name\n    metrics {\n      cpu\n      memory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceNavEntry_workspace on Workspace {\n    name\n    displayName\n  }\n"): (typeof documents)["\n  fragment WorkspaceNavEntry_workspace on Workspace {\n    name\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspaces {\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          ...WorkspaceCard_workspace\n          ...WorkspaceNavEntry_workspace\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workspaces {\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          ...WorkspaceCard_workspace\n          ...WorkspaceNavEntry_workspace\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceCard_workspace on Workspace {\n    name\n    displayName\n  }\n"): (typeof documents)["\n  fragment WorkspaceCard_workspace on Workspace {\n    name\n    displayName\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;