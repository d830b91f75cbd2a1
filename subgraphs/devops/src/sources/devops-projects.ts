/**
 * DevOps projects as Kubernetes knows them: namespaces labelled `meridian.io/devops-project=true`,
 * whose workspace label places them in a workspace. Read from the shared watch-backed
 * NamespaceDirectory, so that authorization never waits on the API server.
 */
import { config } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { DevOpsProjectModel } from '../models.ts';

export const DEVOPS_PROJECT_LABEL = 'meridian.io/devops-project';

export class DevOpsProjects {
  /** Also what the access layer reads workspace labels from. */
  constructor(readonly namespaces: NamespaceDirectory) {}

  /**
   * The namespace's workspace (what authorization needs) and the DevOps project, if the
   * namespace is one; undefined when no such namespace exists.
   */
  async lookup(name: string): Promise<{ workspace: string | undefined; project: DevOpsProjectModel | undefined } | undefined> {
    await this.namespaces.ready();
    const ns = this.namespaces.get(name);
    if (!ns) return undefined;
    const labels = ns.metadata?.labels ?? {};
    const workspace = labels[config.workspaceLabel];
    return { workspace, project: labels[DEVOPS_PROJECT_LABEL] === 'true' ? { name, workspace: workspace ?? null } : undefined };
  }

  async inWorkspace(workspace: string): Promise<DevOpsProjectModel[]> {
    await this.namespaces.ready();
    return this.namespaces
      .projectsOf(workspace)
      .filter((ns) => ns.metadata?.labels?.[DEVOPS_PROJECT_LABEL] === 'true')
      .map((ns) => ({ name: ns.metadata!.name!, workspace }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
