/**
 * Calls Jenkins and turns its failures into Meridian's error codes: a missing job or run is
 * NOT_FOUND (named as the caller named it), anything else (down, timing out, rejecting our
 * credentials, 5xx) is UPSTREAM_UNAVAILABLE for the field that needed Jenkins.
 */
import { GraphQLError } from 'graphql';
import { notFound, upstreamUnavailable } from '@meridian/core';
import { JenkinsNotFoundError } from './sources/jenkins.ts';

export async function fromJenkins<T>(missing: { what: string; name: string } | null, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    if (err instanceof JenkinsNotFoundError && missing) throw notFound(missing.what, missing.name);
    throw upstreamUnavailable('Jenkins', err);
  }
}
