'use client';

import { useCallback, useEffect } from 'react';
import type { CombinedError } from 'urql';
import { useReconnected } from '@/lib/use-reconnected.ts';

/** Events in a burst (a scale, a new run) are gathered into one new request for the page. */
const REQUERY_AFTER_MS = 300;

/**
 * The gateway resumed the subscription after the workloads service restarted (an event with only a
 * RESYNC error, see docs/architecture.md): events may have been missed; the subscription goes on.
 */
export const isResync = (error: CombinedError | undefined) =>
  !!error && !error.networkError && error.graphQLErrors.length > 0 && error.graphQLErrors.every((e) => e.extensions?.code === 'RESYNC');

/**
 * What a live page does around its subscription: `refresh` once a burst of events settles
 * (`bursts` counts them; 0 asks nothing), and after the socket reconnects or a RESYNC (events may
 * have been missed, in the browser or behind the gateway) `reset` the events layered over the page
 * and `refresh` it (both stable callbacks). Answers whether the subscription's error is only a RESYNC (not to be shown).
 */
export function useLivePage(bursts: number, error: CombinedError | undefined, refresh: () => void, reset: () => void): boolean {
  useEffect(() => {
    if (bursts === 0) return;
    const id = setTimeout(refresh, REQUERY_AFTER_MS);
    return () => clearTimeout(id);
  }, [bursts, refresh]);

  useReconnected(
    useCallback(() => {
      reset();
      refresh();
    }, [refresh, reset]),
  );

  const resync = isResync(error);
  useEffect(() => {
    if (!resync) return;
    reset();
    refresh();
  }, [error, resync, refresh, reset]);

  return resync;
}
