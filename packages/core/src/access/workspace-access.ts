import type { Identity } from '../identity.ts';
import { readyDirectory, type NamespaceDirectoryInput } from './directory.ts';
import { hiddenOrMissing } from './hidden.ts';
import { canViewWorkspace, isPlatformAdmin, requireUser } from './rules.ts';

/**
 * Workspaces the caller may see: those they are a member of, plus those holding a project they
 * are a member of. That second part needs the namespace labels; while Kubernetes is unavailable
 * it is left out (`onDirectoryError` is told) rather than failing, so sign-in and workspace
 * pages keep working on membership alone.
 */
export async function visibleWorkspaces(
  identity: Identity,
  directory: NamespaceDirectoryInput,
  onDirectoryError: (err: unknown) => void = () => undefined,
): Promise<string[] | 'all'> {
  const id = requireUser(identity);
  if (isPlatformAdmin(id)) return 'all';
  const names = new Set([...Object.keys(id.workspaces), ...Object.keys(id.workspaceBundles ?? {})]);
  const projects = [...Object.keys(id.projects), ...Object.keys(id.projectBundles ?? {})];
  if (projects.length) {
    try {
      const dir = await readyDirectory(directory);
      for (const ns of projects) {
        const ws = dir.workspaceOf(ns);
        if (ws !== undefined) names.add(ws);
      }
    } catch (err) {
      onDirectoryError(err);
    }
  }
  return [...names];
}

/**
 * Access to one workspace. The directory only says which projects carry its label; whether the
 * workspace exists is the caller's to check (tenancy's database) with `hiddenOrMissing`, so the
 * two cases answer alike.
 */
export function workspaceAccess(identity: Identity, directory: NamespaceDirectoryInput, workspace: string) {
  return {
    workspace,
    /** Resolves if the caller may see the workspace; NOT_FOUND otherwise. */
    async view(): Promise<void> {
      const id = requireUser(identity);
      if (canViewWorkspace(id, workspace)) return;
      const visible = await visibleWorkspaces(id, directory);
      if (visible === 'all' || visible.includes(workspace)) return;
      throw hiddenOrMissing('Workspace', workspace);
    },
  };
}
