import { config, upstreamUnavailable } from '@meridian/core';
import { nameNotAvailable } from '../validation.ts';
import { kubeError, kubeRequest, KubeApiError, type NamespaceDirectory, type SharedCaches } from '@meridian/core/kube';
import type { Connection } from '@meridian/core/paging/index';

/**
 * Projects are Kubernetes namespaces labelled with their workspace. Reads come from the
 * watch-backed NamespaceDirectory (memory, no API call per request; the process's shared
 * Namespace cache); creation goes to the API server. Kubernetes is connected on first use, so the rest of tenancy (sign-in, workspaces)
 * works while the cluster is down; only project fields then fail with UPSTREAM_UNAVAILABLE.
 */

export const DISPLAY_NAME_ANNOTATION = 'meridian.io/display-name';
export const DESCRIPTION_ANNOTATION = 'meridian.io/description';

export interface ProjectRow {
  name: string;
  /** metadata.uid: tells this namespace apart from an earlier or later one of the same name. */
  uid: string | undefined;
  workspace: string | undefined;
  displayName: string;
  description: string;
  createdAt: string | null;
  phase: string | null;
}
export type ProjectConnectionRow = Connection<ProjectRow>;

interface NamespaceLike {
  metadata?: { name?: string; uid?: string; labels?: Record<string, string>; annotations?: Record<string, string>; creationTimestamp?: string | Date };
  status?: { phase?: string };
}

export function toProjectRow(ns: NamespaceLike): ProjectRow {
  const name = ns.metadata?.name ?? '';
  const created = ns.metadata?.creationTimestamp;
  return {
    name,
    uid: ns.metadata?.uid,
    workspace: ns.metadata?.labels?.[config.workspaceLabel],
    displayName: ns.metadata?.annotations?.[DISPLAY_NAME_ANNOTATION] || name,
    description: ns.metadata?.annotations?.[DESCRIPTION_ANNOTATION] ?? '',
    createdAt: created ? new Date(created).toISOString() : null,
    phase: ns.status?.phase ?? null,
  };
}

/** How long a request waits for the first namespace list before answering UPSTREAM_UNAVAILABLE. */
const FIRST_SYNC_TIMEOUT_MS = 10_000;

export function createNamespaceSource(caches: SharedCaches, opts: { onNamespaceGone?: (name: string, uid: string) => void } = {}) {
  let watchingDeletes = false;

  /**
   * The directory once it has listed, and only while its data is fresh. The cache keeps
   * retrying in the background; while it has never synced and its last attempt failed, a
   * request fails at once instead of waiting for the timeout again.
   */
  async function directory(): Promise<NamespaceDirectory> {
    const d = caches.namespaces();
    if (!watchingDeletes && opts.onNamespaceGone) {
      watchingDeletes = true;
      d.cache.onChange((ev) => {
        const uid = ev.object.metadata?.uid;
        if (ev.type === 'DELETED' && uid) opts.onNamespaceGone!(ev.object.metadata!.name!, uid);
      });
    }
    let synced = false;
    const first = d.start().then(() => (synced = true));
    // Until the first list: wait for it, but give up as soon as an attempt has failed.
    for (const deadline = Date.now() + FIRST_SYNC_TIMEOUT_MS; !synced; ) {
      const health = d.health();
      if (health.state !== 'starting') break;
      if (health.error) throw upstreamUnavailable('Kubernetes', new Error(health.error));
      if (Date.now() > deadline) throw upstreamUnavailable('Kubernetes', new Error('the namespace list did not arrive in time'));
      await Promise.race([first, new Promise((r) => setTimeout(r, 50))]);
    }
    d.cache.assertFresh();
    return d;
  }

  /**
   * Read-your-writes: waits (briefly) until the watch has delivered a namespace we just created,
   * so that the next request (adding a member, listing projects) already sees it.
   */
  async function seenByDirectory(name: string, timeoutMs = 5_000): Promise<void> {
    const d = await directory().catch(() => undefined);
    for (const deadline = Date.now() + timeoutMs; d && !d.get(name) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  return {
    directory,

    async get(name: string): Promise<ProjectRow | undefined> {
      const ns = (await directory()).get(name);
      return ns ? toProjectRow(ns) : undefined;
    },

    /** Projects by name, for the per-request loader (undefined for names that are not namespaces). */
    async byNames(names: readonly string[]): Promise<ProjectRow[]> {
      const d = await directory();
      return names.flatMap((name) => {
        const ns = d.get(name);
        return ns ? [toProjectRow(ns)] : [];
      });
    },

    /** The live namespace's uid (undefined: no such namespace now). */
    async uidOf(name: string): Promise<string | undefined> {
      return (await directory()).get(name)?.metadata?.uid;
    },

    async workspaceOf(name: string): Promise<string | undefined> {
      return (await directory()).workspaceOf(name);
    },

    /** Every project of a workspace (unsorted: pages sort them). */
    async projectsOf(workspace: string): Promise<ProjectRow[]> {
      return (await directory()).projectsOf(workspace).map(toProjectRow);
    },

    /** Creates the namespace, labelled with its workspace. CONFLICT if the name is taken. */
    async create(name: string, workspace: string, displayName?: string | null): Promise<ProjectRow> {
      const body = {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name,
          labels: { [config.workspaceLabel]: workspace },
          annotations: displayName ? { [DISPLAY_NAME_ANNOTATION]: displayName } : {},
        },
      };
      try {
        const created = await kubeRequest<NamespaceLike>(caches.kubeConfig(), { method: 'POST', path: '/api/v1/namespaces', body });
        await seenByDirectory(name);
        return toProjectRow(created);
      } catch (err) {
        if (err instanceof KubeApiError && err.statusCode === 409) {
          throw nameNotAvailable(name);
        }
        throw kubeError(err, { kind: 'Project', name });
      }
    },

    /** Sets (or, with '', removes) the display-name and description annotations; undefined leaves one as it is. */
    async annotate(name: string, change: { displayName?: string; description?: string }): Promise<ProjectRow> {
      const value = (v: string | undefined) => (v === undefined ? undefined : v.trim() || null);
      const annotations = { [DISPLAY_NAME_ANNOTATION]: value(change.displayName), [DESCRIPTION_ANNOTATION]: value(change.description) };
      const body = { metadata: { annotations: Object.fromEntries(Object.entries(annotations).filter(([, v]) => v !== undefined)) } };
      try {
        const patched = await kubeRequest<NamespaceLike>(caches.kubeConfig(), { method: 'PATCH', path: `/api/v1/namespaces/${encodeURIComponent(name)}`, body });
        return toProjectRow(patched);
      } catch (err) {
        throw kubeError(err, { kind: 'Project', name });
      }
    },

    /** Deletes the namespace (Kubernetes then finalizes it: Terminating, then gone). A namespace already gone counts as deleted. */
    async delete(name: string): Promise<void> {
      try {
        await kubeRequest(caches.kubeConfig(), { method: 'DELETE', path: `/api/v1/namespaces/${encodeURIComponent(name)}` });
      } catch (err) {
        if (err instanceof KubeApiError && err.statusCode === 404) return;
        throw kubeError(err, { kind: 'Project', name });
      }
    },
  };
}
export type NamespaceSource = ReturnType<typeof createNamespaceSource>;
