/**
 * Which namespaces' logs a caller may read (core authz with each namespace's workspace from the
 * shared NamespaceDirectory), and since when: a namespace's records start at its creation, so a
 * reused name never shows an earlier tenant's logs.
 */
import { assertCanViewProject, canViewProject, forbidden, requireUser, type Identity } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { LogQuery } from './sources/elasticsearch.ts';

export async function assertCanReadPodLogs(identity: Identity, namespaces: NamespaceDirectory, namespace: string): Promise<void> {
  requireUser(identity);
  await namespaces.ready();
  assertCanViewProject(identity, namespace, namespaces.workspaceOf(namespace));
}

/**
 * The namespaces a search covers: the requested ones (each must be visible, else FORBIDDEN),
 * or every namespace the caller may view. Each comes with its creation time.
 */
export async function searchableNamespaces(identity: Identity, namespaces: NamespaceDirectory, requested: readonly string[] | null | undefined): Promise<LogQuery['namespaces']> {
  requireUser(identity);
  await namespaces.ready();
  const since = (name: string) => {
    const created = namespaces.get(name)?.metadata?.creationTimestamp;
    return created ? new Date(created).toISOString() : undefined;
  };
  if (requested?.length) {
    return [...new Set(requested)].map((name) => {
      assertCanViewProject(identity, name, namespaces.workspaceOf(name));
      const t = since(name);
      // A platform admin may name a namespace that no longer exists: it has no logs of its own.
      if (!t) throw forbidden(`You may not view project "${name}", or it does not exist.`);
      return { name, since: t };
    });
  }
  return namespaces
    .list()
    .map((ns) => ns.metadata?.name ?? '')
    .filter((name) => name && canViewProject(identity, name, namespaces.workspaceOf(name)))
    .sort()
    .flatMap((name) => {
      const t = since(name);
      return t ? [{ name, since: t }] : [];
    });
}
