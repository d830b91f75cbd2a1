/**
 * What the access layer needs from the namespace directory (`kube/namespaces.ts`): which
 * namespaces exist and their workspace labels. The layer takes it as a parameter and does not
 * care how it is built or shared: a NamespaceDirectory (awaited with a bounded `ready`), or a
 * function that yields a ready one (tenancy's source, which fails fast while Kubernetes is down).
 */
export interface NamespaceLookup {
  get(name: string): unknown;
  workspaceOf(name: string): string | undefined;
  list(): readonly { metadata?: { name?: string } }[];
}

export type NamespaceDirectoryInput = (NamespaceLookup & { ready(timeoutMs?: number): Promise<void> }) | (() => Promise<NamespaceLookup>);

/** How long a request waits for the first namespace list before UPSTREAM_UNAVAILABLE. */
export const DIRECTORY_WAIT_MS = 10_000;

export async function readyDirectory(dir: NamespaceDirectoryInput): Promise<NamespaceLookup> {
  if (typeof dir === 'function') return dir();
  await dir.ready(DIRECTORY_WAIT_MS);
  return dir;
}
