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
    "\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      name\n      namespace\n      phase\n      podIP\n      nodeName\n      createdAt\n      containers {\n        name\n        image\n        ready\n        restartCount\n        state\n        reason\n      }\n      logs(container: $container, tailLines: $tailLines) {\n        container\n        truncated\n        lines {\n          time\n          message\n        }\n      }\n    }\n  }\n": typeof types.PodDetailDocument,
    "\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n": typeof types.PodLogTailDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        username\n        displayName\n        platformRole\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Nav {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n    }\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.NavDocument,
    "\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceProjectsDocument,
    "\n  query Users($filter: String, $first: Int!, $after: String) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: { field: USERNAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          email\n          displayName\n          platformRole\n          source\n          createdAt\n          lastLoginAt\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      email\n      displayName\n      platformRole\n      source\n      createdAt\n      lastLoginAt\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n": typeof types.SetUserPlatformRoleDocument,
    "\n  query ProjectPods($name: String!) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: 500) {\n        totalCount\n        edges {\n          node {\n            name\n            namespace\n            phase\n            podIP\n            nodeName\n            createdAt\n            containers {\n              name\n              ready\n              restartCount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectPodsDocument,
    "\n  query ProjectPodMetrics($name: String!) {\n    project(name: $name) {\n      name\n      pods(first: 500) {\n        edges {\n          node {\n            namespace\n            name\n            metrics {\n              cpu\n              memory\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectPodMetricsDocument,
    "\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        name\n        namespace\n        phase\n        podIP\n        nodeName\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n        }\n      }\n    }\n  }\n": typeof types.PodStatusChangedDocument,
    "\n  query ProjectDeployments($name: String!) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: 200) {\n        edges {\n          node {\n            name\n            namespace\n            replicas\n            readyReplicas\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectDeploymentsDocument,
    "\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      namespace\n      replicas\n      readyReplicas\n    }\n  }\n": typeof types.ScaleDeploymentDocument,
};
const documents: Documents = {
    "\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      name\n      namespace\n      phase\n      podIP\n      nodeName\n      createdAt\n      containers {\n        name\n        image\n        ready\n        restartCount\n        state\n        reason\n      }\n      logs(container: $container, tailLines: $tailLines) {\n        container\n        truncated\n        lines {\n          time\n          message\n        }\n      }\n    }\n  }\n": types.PodDetailDocument,
    "\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n": types.PodLogTailDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        username\n        displayName\n        platformRole\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Nav {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n    }\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          displayName\n        }\n      }\n    }\n  }\n": types.NavDocument,
    "\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceProjectsDocument,
    "\n  query Users($filter: String, $first: Int!, $after: String) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: { field: USERNAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          email\n          displayName\n          platformRole\n          source\n          createdAt\n          lastLoginAt\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      email\n      displayName\n      platformRole\n      source\n      createdAt\n      lastLoginAt\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n": types.SetUserPlatformRoleDocument,
    "\n  query ProjectPods($name: String!) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: 500) {\n        totalCount\n        edges {\n          node {\n            name\n            namespace\n            phase\n            podIP\n            nodeName\n            createdAt\n            containers {\n              name\n              ready\n              restartCount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProjectPodsDocument,
    "\n  query ProjectPodMetrics($name: String!) {\n    project(name: $name) {\n      name\n      pods(first: 500) {\n        edges {\n          node {\n            namespace\n            name\n            metrics {\n              cpu\n              memory\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProjectPodMetricsDocument,
    "\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        name\n        namespace\n        phase\n        podIP\n        nodeName\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n        }\n      }\n    }\n  }\n": types.PodStatusChangedDocument,
    "\n  query ProjectDeployments($name: String!) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: 200) {\n        edges {\n          node {\n            name\n            namespace\n            replicas\n            readyReplicas\n          }\n        }\n      }\n    }\n  }\n": types.ProjectDeploymentsDocument,
    "\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      namespace\n      replicas\n      readyReplicas\n    }\n  }\n": types.ScaleDeploymentDocument,
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
export function graphql(source: "\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      name\n      namespace\n      phase\n      podIP\n      nodeName\n      createdAt\n      containers {\n        name\n        image\n        ready\n        restartCount\n        state\n        reason\n      }\n      logs(container: $container, tailLines: $tailLines) {\n        container\n        truncated\n        lines {\n          time\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {\n    pod(namespace: $namespace, name: $name) {\n      name\n      namespace\n      phase\n      podIP\n      nodeName\n      createdAt\n      containers {\n        name\n        image\n        ready\n        restartCount\n        state\n        reason\n      }\n      logs(container: $container, tailLines: $tailLines) {\n        container\n        truncated\n        lines {\n          time\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n"): (typeof documents)["\n  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {\n    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {\n      time\n      message\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nav {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n    }\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Nav {\n    me {\n      username\n      displayName\n      platformRole\n      canManageUsers\n      canChangePassword\n    }\n    workspaces(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceProjects($name: String!) {\n    workspace(name: $name) {\n      name\n      displayName\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: String, $first: Int!, $after: String) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: { field: USERNAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          email\n          displayName\n          platformRole\n          source\n          createdAt\n          lastLoginAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: String, $first: Int!, $after: String) {\n    users(filter: { username: $filter }, first: $first, after: $after, sort: { field: USERNAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          email\n          displayName\n          platformRole\n          source\n          createdAt\n          lastLoginAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      email\n      displayName\n      platformRole\n      source\n      createdAt\n      lastLoginAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      email\n      displayName\n      platformRole\n      source\n      createdAt\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {\n    setUserPlatformRole(username: $username, role: $role) {\n      id\n      username\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPods($name: String!) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: 500) {\n        totalCount\n        edges {\n          node {\n            name\n            namespace\n            phase\n            podIP\n            nodeName\n            createdAt\n            containers {\n              name\n              ready\n              restartCount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPods($name: String!) {\n    project(name: $name) {\n      name\n      displayName\n      workspace {\n        name\n      }\n      pods(first: 500) {\n        totalCount\n        edges {\n          node {\n            name\n            namespace\n            phase\n            podIP\n            nodeName\n            createdAt\n            containers {\n              name\n              ready\n              restartCount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPodMetrics($name: String!) {\n    project(name: $name) {\n      name\n      pods(first: 500) {\n        edges {\n          node {\n            namespace\n            name\n            metrics {\n              cpu\n              memory\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPodMetrics($name: String!) {\n    project(name: $name) {\n      name\n      pods(first: 500) {\n        edges {\n          node {\n            namespace\n            name\n            metrics {\n              cpu\n              memory\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        name\n        namespace\n        phase\n        podIP\n        nodeName\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PodStatusChanged($project: String!) {\n    podStatusChanged(project: $project) {\n      type\n      pod {\n        name\n        namespace\n        phase\n        podIP\n        nodeName\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDeployments($name: String!) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: 200) {\n        edges {\n          node {\n            name\n            namespace\n            replicas\n            readyReplicas\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDeployments($name: String!) {\n    project(name: $name) {\n      name\n      viewerCanEdit\n      deployments(first: 200) {\n        edges {\n          node {\n            name\n            namespace\n            replicas\n            readyReplicas\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      namespace\n      replicas\n      readyReplicas\n    }\n  }\n"): (typeof documents)["\n  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {\n    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {\n      name\n      namespace\n      replicas\n      readyReplicas\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;