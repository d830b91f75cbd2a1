import { createHash } from 'node:crypto';

/**
 * Names and labels of the Kubernetes objects the RBAC mirror owns (rbac/mirror.ts): both carry
 * `meridian.io/managed-by=meridian` and `meridian.io/instance=<hash of the database URL>`;
 * objects without them are never touched.
 */
export const MANAGED_BY = 'meridian.io/managed-by';
export const MANAGED_BY_VALUE = 'meridian';
/**
 * Which Meridian (database) an object mirrors: several Meridians may share one cluster (tests,
 * a second product instance), and each removes only its own objects.
 */
export const INSTANCE_LABEL = 'meridian.io/instance';
export function instanceOf(databaseUrl: string): string {
  // The database's address without its password or options: a rotated password keeps the id
  // (objects of an old id are never touched again, so they must not be orphaned by a rotation).
  let where = databaseUrl;
  try {
    const u = new URL(databaseUrl);
    where = `${u.protocol}//${decodeURIComponent(u.username)}@${u.host}${u.pathname}`;
  } catch {
    // not a URL: hash it as it is
  }
  return createHash('sha256').update(where).digest('hex').slice(0, 16);
}
/** The first characters of the instance in object names, so two Meridians sharing a namespace never share an object. */
const short = (instance: string) => instance.slice(0, 6);
export const kubeUserOf = (username: string) => `meridian:${username}`;
export const kubeRoleName = (instance: string, role: string) => `meridian-${short(instance)}-${role}`;
export const kubeBindingName = (instance: string, username: string) => `meridian-${short(instance)}-user-${username}`;
/**
 * The role of a mix of bundles that no single granted role has (e.g. a project operator who is
 * also a custom workspace role's holder): named by its bundle mask. The dot keeps it apart from
 * every role name (built-in and custom role names are DNS labels, which have no dot).
 */
export const mixedRoleName = (mask: number) => `bundles.${mask.toString(16)}`;
