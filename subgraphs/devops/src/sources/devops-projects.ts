/**
 * DevOps projects as Kubernetes knows them: namespaces labelled `meridian.io/devops-project=true`,
 * whose workspace label places them in a workspace. Read from the shared watch-backed
 * NamespaceDirectory, so that authorization never waits on the API server.
 */
import { badInput, config } from '@meridian/core';
import { kubeError, kubeRequest, KubeApiError, type NamespaceDirectory, type SharedCaches } from '@meridian/core/kube/index';
import type { DevOpsProjectModel } from '../models.ts';

export const DEVOPS_PROJECT_LABEL = 'meridian.io/devops-project';

export class DevOpsProjects {
  /** `namespaces` is also what the access layer reads workspace labels from. */
  constructor(
    readonly namespaces: NamespaceDirectory,
    private readonly caches?: SharedCaches,
  ) {}

  private kube() {
    if (!this.caches) throw new Error('DevOpsProjects was built without Kubernetes access');
    return this.caches.kubeConfig();
  }

  /**
   * The namespace, labelled with its workspace and as a DevOps project. A taken name is the
   * same "not available" whoever holds it (names of other tenants do not leak).
   */
  async create(name: string, workspace: string): Promise<DevOpsProjectModel> {
    const body = { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { [config.workspaceLabel]: workspace, [DEVOPS_PROJECT_LABEL]: 'true' } } };
    try {
      await kubeRequest(this.kube(), { method: 'POST', path: '/api/v1/namespaces', body });
    } catch (err) {
      if (err instanceof KubeApiError && err.statusCode === 409) throw badInput(`The name "${name}" is not available; choose another.`, 'name');
      throw kubeError(err, { kind: 'DevOps project', name });
    }
    // Read-your-writes: the next request (a pipeline in it) authorizes from the watch.
    for (const deadline = Date.now() + 5000; !this.namespaces.get(name) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 25));
    return { name, workspace };
  }

  /** Labels an existing project's namespace as a DevOps project (it keeps its members and workspace). */
  async adopt(name: string): Promise<DevOpsProjectModel> {
    const body = { metadata: { labels: { [DEVOPS_PROJECT_LABEL]: 'true' } } };
    try {
      await kubeRequest(this.kube(), { method: 'PATCH', path: `/api/v1/namespaces/${encodeURIComponent(name)}`, body });
    } catch (err) {
      throw kubeError(err, { kind: 'DevOps project', name });
    }
    for (const deadline = Date.now() + 5000; this.namespaces.get(name)?.metadata?.labels?.[DEVOPS_PROJECT_LABEL] !== 'true' && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 25));
    }
    return { name, workspace: this.namespaces.workspaceOf(name) ?? null };
  }

  /** Deletes the namespace; one already gone counts as deleted. */
  async delete(name: string): Promise<void> {
    try {
      await kubeRequest(this.kube(), { method: 'DELETE', path: `/api/v1/namespaces/${encodeURIComponent(name)}` });
    } catch (err) {
      if (err instanceof KubeApiError && err.statusCode === 404) return;
      throw kubeError(err, { kind: 'DevOps project', name });
    }
  }

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

  /** The workspace's DevOps projects, unsorted (lists page them in the order asked for). */
  async inWorkspace(workspace: string): Promise<DevOpsProjectRow[]> {
    await this.namespaces.ready();
    return this.namespaces
      .projectsOf(workspace)
      .filter((ns) => ns.metadata?.labels?.[DEVOPS_PROJECT_LABEL] === 'true')
      .map((ns) => ({ name: ns.metadata!.name!, workspace, createdMs: createdMs(ns.metadata?.creationTimestamp) }));
  }

  /** When the project's namespace was created (ISO 8601), from the watch. */
  createdAt(name: string): string | null {
    const t = this.namespaces.get(name)?.metadata?.creationTimestamp;
    return t ? new Date(t).toISOString() : null;
  }
}

/** A project as lists page it: the model plus its namespace's creation time (the CREATED_AT key). */
export type DevOpsProjectRow = DevOpsProjectModel & { createdMs: number };

const createdMs = (t: string | Date | undefined) => (t ? new Date(t).getTime() : 0);
