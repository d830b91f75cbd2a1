import { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, notFound, upstreamUnavailable } from '../errors.ts';
import { quotaRefusal } from './quota-errors.ts';
import { KubeApiError } from './transport.ts';

/**
 * Turns a failed Kubernetes call into a client-facing error with a stable code. 404 becomes
 * NOT_FOUND for the named object, 409 CONFLICT, 422/400 BAD_USER_INPUT; 403 means Meridian's own
 * service account lacks a permission (FORBIDDEN, without echoing internals); anything else,
 * including no answer at all, is UPSTREAM_UNAVAILABLE.
 */
export function kubeError(err: unknown, what: { kind: string; name: string }): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof KubeApiError) {
    if (err.statusCode === 404) return notFound(what.kind, what.name);
    if (err.statusCode === 409 && err.reason === 'AlreadyExists') return conflict(`${what.kind} "${what.name}" already exists.`);
    const owned = err.causes.filter((c) => c.reason === 'FieldManagerConflict');
    if (err.statusCode === 409 && owned.length) {
      // Server-side apply: fields another manager (kubectl, a controller, …) set last.
      const e = conflict(`${what.kind} "${what.name}": ${owned.map((c) => c.message ?? c.field).join('; ')}. Change those fields the way they were set, or update the object by YAML.`);
      e.extensions.causes = owned.map((c) => ({ field: c.field ?? null, message: c.message ?? null }));
      return e;
    }
    // A ResourceQuota refusal is the caller's over-quota input, not a missing permission.
    const overQuota = quotaRefusal(err, what);
    if (overQuota) return overQuota;
    if (err.statusCode === 403 && /being terminated/.test(err.statusMessage)) return conflict(`${what.kind} "${what.name}" cannot be written: its project is being deleted.`);
    if (err.statusCode === 429) {
      // Not now: an eviction a PodDisruptionBudget refuses, or the API server's own throttling.
      const e = conflict(`${what.kind} "${what.name}": ${err.statusMessage || 'the API server asked to retry later'}`);
      e.extensions.status = 429;
      return e;
    }
    if (err.statusCode === 409) return conflict(`${what.kind} "${what.name}" was changed by someone else; reload and try again.`);
    if (err.statusCode === 422 || err.statusCode === 400) return rejected(err, what);
    // The API server's own 500 for an object it cannot convert is the object's fault, not an outage.
    if (err.statusCode === 500 && /failed to convert|unable to convert/.test(err.statusMessage)) return rejected(err, what);
    if (err.statusCode === 403) return forbidden(`Meridian is not allowed to change ${what.kind} "${what.name}" in this cluster.`);
  }
  return upstreamUnavailable('Kubernetes', err);
}

/**
 * A 422/400 from the API server: BAD_USER_INPUT naming the first refused field
 * (`extensions.field`, the manifest path such as `spec.template.spec.containers[0].image`) with
 * the API server's words, and every cause in `extensions.causes`.
 */
function rejected(err: KubeApiError, what: { kind: string; name: string }): GraphQLError {
  const causes = err.causes.filter((c) => c.message || c.field);
  const first = causes.find((c) => c.field) ?? causes[0];
  const e = badInput(`Kubernetes rejected ${what.kind} "${what.name}": ${first?.field ? `${first.field}: ${first.message ?? first.reason}` : err.statusMessage}`, first?.field ?? (err.statusCode === 422 ? 'metadata' : 'manifest'));
  e.extensions.causes = causes.map((c) => ({ field: c.field ?? null, message: c.message ?? c.reason ?? null }));
  return e;
}
