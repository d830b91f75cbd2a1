'use client';

import { useCallback, useState } from 'react';
import { useSubscription } from 'urql';
import type { PipelineRunChangedSubscription as RunChangedEvent } from '@/gql/graphql.ts';
import { useSocket } from '@/ui/api-provider.tsx';
import { useLivePage } from '@/lib/use-live-page.ts';
import { PipelineRunChangedSubscription } from '@/features/devops/operations.ts';

export type LiveRun = RunChangedEvent['pipelineRunChanged'];

/**
 * A pipeline's runs as they change (`pipelineRunChanged`: the whole run each time), by id, and a
 * request for a fresh page of runs after each burst of events (a new run, a queued one that got
 * its number). After the socket reconnects, or a RESYNC says events were missed, the events are
 * dropped and the page is read again.
 */
export function useLiveRuns(project: string, pipeline: string, pause: boolean, refresh: () => void) {
  const [live, setLive] = useState<Map<string, LiveRun>>(() => new Map());
  const [events, setEvents] = useState(0);
  const onEvent = useCallback((_prev: unknown, data: RunChangedEvent) => {
    setLive((m) => new Map(m).set(data.pipelineRunChanged.id, data.pipelineRunChanged));
    setEvents((n) => n + 1);
    return data;
  }, []);
  const [sub] = useSubscription({ query: PipelineRunChangedSubscription, variables: { project, pipeline }, pause }, onEvent);
  const socket = useSocket();
  const clearLive = useCallback(() => setLive(new Map()), []);
  const resync = useLivePage(events, sub.error, refresh, clearLive);

  return { live, error: resync ? undefined : sub.error, isLive: !pause && socket.state === 'connected' && (!sub.error || resync) };
}
