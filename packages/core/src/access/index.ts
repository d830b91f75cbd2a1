/**
 * The access layer: every authorization decision of every subgraph goes through here.
 * - `projectAccess(identity, directory, namespace).view() / .edit() / .manageMembers() / .require(bundle)`
 * - permission bundles (`bundles.ts`): every role, built-in or custom, is a set of them
 * - `workspaceAccess(identity, directory, workspace).view()`, `visibleWorkspaces(...)`
 * - `policies.*` for platform, workspace and project actions (mutations enforce, capability
 *   fields report the same policy)
 * - `hiddenOrMissing(what, name)`: the one NOT_FOUND for hidden or missing tenant objects.
 * - `refuseReadOnly(identity)`: FORBIDDEN for a read-only API token (every mutation runs it);
 *   `narrowToProjects(...)`: an API token's identity limited to its chosen projects.
 */
export * from './bundles.ts';
export * from './rules.ts';
export * from './policies.ts';
export * from './hidden.ts';
export * from './directory.ts';
export * from './project-access.ts';
export * from './workspace-access.ts';
export * from './narrow.ts';
