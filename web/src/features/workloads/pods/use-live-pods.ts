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
 * on top (ADDED/MODIFIED replace a row, DELETED removes it). Nothing polls: the table changes
 * when the cluster does. Streamed events are newer than the snapshot, so they stay on top; only
 * after the socket reconnects (events may have been missed) is a fresh snapshot taken. The caller
 * keys the component by project to start over.
 */
export function useLivePods(project: string) {
  const [result, reexecute] = useQuery({ query: ProjectPodsQuery, variables: { name: project } });
  const [usage, reexecuteUsage] = useQuery({ query: ProjectPodMetricsQuery, variables: { name: project } });
  const [overlay, setOverlay] = useState<PodOverlay>(() => new Map());
  const [eventCount, setEventCount] = useState(0);
  const [added, setAdded] = useState(0);
  const socket = useSocket();

  // A project the API says is not there (or not visible) gets no subscription either.
  const missing =
    !result.fetching &&
    !result.data?.project &&
    (hasCode(result.error, 'NOT_FOUND') || hasCode(result.error, 'FORBIDDEN'));

  const handleEvent = useCallback((_prev: unknown, data: PodStatusChangedData) => {
    setOverlay((o) => applyPodEvent(o, data.podStatusChanged));
    if (data.podStatusChanged.type === 'ADDED') setAdded((n) => n + 1);
    setEventCount((n) => n + 1);
    return data;
  }, []);
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

  // A new pod has no usage until Prometheus has scraped it: ask again once, a while after pods
  // were added (debounced).
  useEffect(() => {
    if (added === 0) return;
    const id = setTimeout(() => reexecuteUsage({ requestPolicy: 'network-only' }), USAGE_SETTLE_MS);
    return () => clearTimeout(id);
  }, [added, reexecuteUsage]);

  const snapshot = result.data?.project?.pods;
  const usageEdges = usage.data?.project?.pods?.edges;
  const metrics = useMemo(() => new Map(usageEdges?.map((e) => [e.node.name, e.node.metrics])), [usageEdges]);
  const pods: PodRow[] = useMemo(
    () => mergePods(snapshot?.edges.map((e) => e.node) ?? [], overlay, metrics),
    [snapshot, overlay, metrics],
  );

  return {
    project: result.data?.project ?? null,
    missing,
    pods,
    /** The project's pod count when the snapshot was taken, for the "first N of M" note. */
    total: snapshot?.totalCount ?? 0,
    fetching: result.fetching,
    error: result.error,
    metricsError: usage.error,
    subscriptionError: sub.error,
    /** The socket is up and the subscription was not refused: changes will arrive. */
    live: socket.state === 'connected' && !sub.error,
    eventCount,
  };
}
