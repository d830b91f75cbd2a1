/**
 * Kubernetes failures as Meridian errors: the pod not existing is NOT_FOUND, a request the API
 * server refuses as invalid (e.g. `previous` for a container that never restarted) is
 * BAD_USER_INPUT with its reason, anything else (no answer, 5xx, our credentials) is
 * UPSTREAM_UNAVAILABLE for the one field that needed Kubernetes.
 */
import { GraphQLError } from 'graphql';
import { badInput, notFound, upstreamUnavailable } from '@meridian/core';
import { ApiException } from '@meridian/core/kube/client-node';
import { KubeApiError, KubeUnreachableError } from '@meridian/core/kube/transport';

function statusMessage(err: ApiException<unknown>): string {
  const body = err.body;
  if (typeof body === 'string') {
    try {
      return (JSON.parse(body) as { message?: string }).message ?? body;
    } catch {
      return body;
    }
  }
  return (body as { message?: string } | undefined)?.message ?? err.message;
}

export function podLogError(err: unknown, pod: { namespace: string; name: string }): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof ApiException) {
    if (err.code === 404) return notFound('Pod', `${pod.namespace}/${pod.name}`);
    if (err.code === 400) return badInput(`Kubernetes cannot serve this log: ${statusMessage(err)}`);
  }
  return upstreamUnavailable('Kubernetes', err);
}

export async function fromKubernetes<T>(pod: { namespace: string; name: string }, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw podLogError(err, pod);
  }
}

/** How a followed log stream ended badly, for its subscriber. */
export function followError(err: Error, pod: { namespace: string; name: string }): GraphQLError {
  if (err instanceof KubeApiError) {
    if (err.statusCode === 404) return notFound('Pod', `${pod.namespace}/${pod.name}`);
    if (err.statusCode === 400) return badInput(`Kubernetes cannot serve this log: ${err.statusMessage}`);
  }
  if (err instanceof KubeUnreachableError) {
    return new GraphQLError(`The Kubernetes API server dropped the log stream of ${pod.namespace}/${pod.name}; subscribe again to go on.`, {
      extensions: { code: 'UPSTREAM_UNAVAILABLE', dependency: 'Kubernetes', reason: 'LOG_STREAM_DROPPED' },
    });
  }
  return upstreamUnavailable('Kubernetes', err);
}
