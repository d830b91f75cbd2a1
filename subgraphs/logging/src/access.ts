/**
 * Which namespaces' logs a caller may read (the access layer's projectAccess over the shared
 * NamespaceDirectory), and since when: a namespace's records start at its creation, so a reused
 * name never shows an earlier tenant's logs.
 */
import { projectAccess, requireUser, viewableNamespaces, type Identity } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { LogQuery } from './sources/elasticsearch.ts';

/** NOT_FOUND when the pod's project is hidden from the caller or does not exist; FORBIDDEN without view-logs. */
export async function assertCanReadPodLogs(identity: Identity, namespaces: NamespaceDirectory, namespace: string): Promise<void> {
  await projectAccess(identity, namespaces, namespace).require('view-logs');
}

/**
 * The namespaces a search covers: the requested ones (each must be visible and exist, else
 * NOT_FOUND for the whole search), or every namespace the caller may view. Each comes with its
 * creation time.
 */
export async function searchableNamespaces(identity: Identity, namespaces: NamespaceDirectory, requested: readonly string[] | null | undefined): Promise<LogQuery['namespaces']> {
  requireUser(identity);
  const names = requested?.length ? [...new Set(requested)] : await viewableNamespaces(identity, namespaces, 'view-logs');
  if (requested?.length) for (const name of names) await projectAccess(identity, namespaces, name).require('view-logs');
  return names.flatMap((name) => {
    const created = namespaces.get(name)?.metadata?.creationTimestamp;
    return created ? [{ name, since: new Date(created).toISOString() }] : [];
  });
}
