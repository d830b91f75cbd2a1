import { config } from '@meridian/core';
import { Kinds, PROJECT_ISOLATION_POLICY as PROJECT_POLICY, WORKSPACE_ISOLATION_POLICY as WORKSPACE_POLICY } from '@meridian/core/kube';
import type { OwnedObjects } from './owned-objects.ts';

/**
 * Network isolation as KubeSphere has it, realised as NetworkPolicies (Ingress only: egress stays
 * open, as in KubeSphere):
 * - project isolation: `meridian-project-isolation` admits traffic only from pods of the same
 *   namespace;
 * - workspace isolation: `meridian-workspace-isolation` in each of the workspace's projects
 *   admits traffic only from namespaces labelled with the same workspace.
 * NetworkPolicies add up (any one that admits a packet lets it in), so a project that is isolated
 * on its own carries only the stricter project policy, never both.
 * A CNI plugin enforces them; the lab's API server stores them, and none enforces them there.
 */

const ingressOnly = (from: unknown[]) => ({ podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from }] });

export function createIsolationSource(owned: OwnedObjects) {
  const setWorkspacePolicy = (namespace: string, workspace: string, present: boolean) =>
    present
      ? owned.apply(Kinds.NetworkPolicy, namespace, WORKSPACE_POLICY, ingressOnly([{ namespaceSelector: { matchLabels: { [config.workspaceLabel]: workspace } } }]))
      : owned.remove(Kinds.NetworkPolicy, namespace, WORKSPACE_POLICY);

  return {
    /** Whether the project's own isolation policy exists (read from the cluster, not a flag). */
    async projectIsolated(namespace: string): Promise<boolean> {
      return !!(await owned.get(Kinds.NetworkPolicy, namespace, PROJECT_POLICY));
    },

    /** Turns a project's isolation on or off; off falls back to its workspace's isolation, if on. */
    async setProject(namespace: string, workspace: string | undefined, enabled: boolean, workspaceIsolated: boolean): Promise<void> {
      if (enabled) {
        await owned.apply(Kinds.NetworkPolicy, namespace, PROJECT_POLICY, ingressOnly([{ podSelector: {} }]));
        if (workspace) await setWorkspacePolicy(namespace, workspace, false);
      } else {
        if (workspace) await setWorkspacePolicy(namespace, workspace, workspaceIsolated);
        await owned.remove(Kinds.NetworkPolicy, namespace, PROJECT_POLICY);
      }
    },

    /** Brings one project of a workspace in line with the workspace's switch. */
    async applyWorkspace(namespace: string, workspace: string, enabled: boolean): Promise<void> {
      const isolatedAlone = !!(await owned.get(Kinds.NetworkPolicy, namespace, PROJECT_POLICY));
      await setWorkspacePolicy(namespace, workspace, enabled && !isolatedAlone);
    },
  };
}
export type IsolationSource = ReturnType<typeof createIsolationSource>;
