'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  PodStatusChangedSubscription,
  ProjectPodMetricsQuery,
  ProjectPodsQuery,
  type PodRow,
} from '../operations/workloads.ts';
import type { PodStatusChangedSubscription as PodStatusChangedData } from '../gql/graphql.ts';
import { hasCode } from '../lib/errors.ts';
import { useSocket } from '../components/ApiProvider.tsx';
import { applyPodEvent, mergePods, type PodOverlay } from '../lib/livePods.ts';

/** About two Prometheus scrape intervals: by then a new pod has samples. */
const USAGE_SETTLE_MS = 30_000;

/**
 * The project's pods: one query for the snapshot, then a subscription whose events are layered
 * on top (ADDED/MODIFIED replace a row, DELETED removes it). No polling, no refetch: the table
 * changes only when the cluster does. Streamed events are newer than any snapshot this hook
 * fetched, so they stay layered on top; the caller keys the component by project to start over.
 */
export function useLivePods(project: string) {
  const [result, reexecute] = useQuery({ query: ProjectPodsQuery, variables: { name: project } });
  const [usage, reexecuteUsage] = useQuery({ query: ProjectPodMetricsQuery, variables: { name: project } });
  const [added, setAdded] = useState(0);

  // A new pod has no usage until Prometheus has scraped it; ask again once, a while after pods
  // were added (debounced), rather than polling.
  useEffect(() => {
    if (added === 0) return;
    const id = setTimeout(() => reexecuteUsage({ requestPolicy: 'network-only' }), USAGE_SETTLE_MS);
    return () => clearTimeout(id);
  }, [added, reexecuteUsage]);
  const [overlay, setOverlay] = useState<PodOverlay>(() => new Map());
  const [eventCount, setEventCount] = useState(0);

  const snapshot = result.data?.project?.pods;

  const handleEvent = useCallback((_prev: unknown, data: PodStatusChangedData) => {
    setOverlay((o) => applyPodEvent(o, data.podStatusChanged));
    if (data.podStatusChanged.type === 'ADDED') setAdded((n) => n + 1);
    setEventCount((n) => n + 1);
    return data;
  }, []);

  const socket = useSocket();
  // A project the API says is not there (null + error) gets no subscription either.
  const missing =
    !result.fetching &&
    !result.data?.project &&
    (hasCode(result.error, 'NOT_FOUND') || hasCode(result.error, 'FORBIDDEN'));
  const [sub] = useSubscription(
    { query: PodStatusChangedSubscription, variables: { project }, pause: missing },
    handleEvent,
  );

  // Events sent while the socket was down are lost; after a reconnect, take a fresh snapshot.
  const connects = useRef(socket.connects);
  useEffect(() => {
    if (socket.connects > 1 && socket.connects !== connects.current) {
      setOverlay(new Map());
      reexecute({ requestPolicy: 'network-only' });
    }
    connects.current = socket.connects;
  }, [socket.connects, reexecute]);

  const usageEdges = usage.data?.project?.pods?.edges;
  const metrics = useMemo(() => new Map(usageEdges?.map((e) => [e.node.name, e.node.metrics])), [usageEdges]);

  const pods: PodRow[] = useMemo(
    () => mergePods(snapshot?.edges.map((e) => e.node) ?? [], overlay, metrics),
    [snapshot, overlay, metrics],
  );

  return {
    project: result.data?.project ?? null,
    missing,
    /** The project's pod count when the snapshot was taken, for the "first N of M" note. */
    total: snapshot?.totalCount ?? 0,
    pods,
    fetching: result.fetching,
    error: result.error,
    metricsError: usage.error,
    subscriptionError: sub.error,
    /** The socket is up and the subscription was not refused: changes will arrive. */
    live: socket.state === 'connected' && !sub.error,
    eventCount,
    /** A fresh snapshot supersedes what was streamed before it. */
    refetch: () => {
      setOverlay(new Map());
      reexecute({ requestPolicy: 'network-only' });
    },
  };
}
