import type { Logger } from '@meridian/core';
import type { CustomRoleSource } from '../sources/custom-roles.ts';
import type { GroupRoleSync } from '../sources/group-roles.ts';
import type { UserSource } from '../sources/users.ts';
import type { WorkspaceSource } from '../sources/workspaces.ts';
import type { RbacMirror } from './mirror.ts';

interface GrantSources {
  workspaces: WorkspaceSource;
  roles: CustomRoleSource;
  users: UserSource;
}

/** Waits for a reconcile only while Kubernetes answers; logs its failure (the resync repeats it). */
function settler(rbac: RbacMirror, log: Logger) {
  return async (what: Promise<void>, about: object) => {
    const done = what.catch((err) => log.warn({ err, ...about }, 'RBAC mirror: reconcile after a change failed'));
    if (rbac.connected()) await done;
  };
}

/**
 * The sources with their grant changes followed by the RBAC mirror, so a workspace grant given
 * or taken, a workspace role's new bundles, or a user disabled, enabled or deleted reach
 * Kubernetes when the mutation returns, not at the next resync. (Project grants and project
 * roles are reconciled by their resolvers.) A failed reconcile is logged, never the mutation's
 * error: the change is made, and the resync repeats the reconcile. While Kubernetes does not
 * answer, the mutation does not wait for it.
 */
export function followGrantChanges<S extends GrantSources>(sources: S, rbac: RbacMirror, log: Logger): S {
  const { workspaces, roles, users } = sources;
  const settle = settler(rbac, log);
  return {
    ...sources,
    workspaces: {
      ...workspaces,
      async setMember(workspace, userId, role) {
        const member = await workspaces.setMember(workspace, userId, role);
        await settle(rbac.reconcileWorkspace(workspace), { workspace });
        return member;
      },
      async removeMember(workspace, userId, username) {
        await workspaces.removeMember(workspace, userId, username);
        await settle(rbac.reconcileWorkspace(workspace), { workspace });
      },
    } satisfies WorkspaceSource,
    roles: {
      ...roles,
      async update(home, name, change) {
        const row = await roles.update(home, name, change);
        if (!home.namespace) await settle(rbac.reconcileWorkspace(home.workspace), { workspace: home.workspace });
        return row;
      },
    } satisfies CustomRoleSource,
    users: {
      ...users,
      async setDisabled(username, disabled) {
        const row = await users.setDisabled(username, disabled);
        await settle(rbac.reconcileUser({ username }), { username });
        return row;
      },
      async delete(username) {
        await users.delete(username);
        await settle(rbac.reconcileUser({ username }), { username });
      },
    } satisfies UserSource,
  };
}

/** Group → role sync with the grants a sign-in gave or took (LDAP, OIDC groups) mirrored before the sign-in returns. */
export function followGroupGrants(groupRoles: GroupRoleSync, rbac: RbacMirror, log: Logger): GroupRoleSync {
  const settle = settler(rbac, log);
  return {
    ...groupRoles,
    async apply(userId, source, groups) {
      const changed = await groupRoles.apply(userId, source, groups);
      if (changed.granted || changed.revoked) await settle(rbac.reconcileUser({ id: userId }), { userId });
      return changed;
    },
  } satisfies GroupRoleSync;
}
