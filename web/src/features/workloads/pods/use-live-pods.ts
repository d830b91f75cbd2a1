'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import type { PodStatusChangedSubscription as PodStatusChangedData, WorkloadSort } from '@/gql/graphql.ts';
import { hasCode } from '@/lib/errors.ts';
import { useSocket } from '@/ui/api-provider.tsx';
import { useLivePage } from '@/lib/use-live-page.ts';
import { PagerFragment } from '@/ui/pager.tsx';
import { PodRowFragment, PodRowUsageFragment, type PodStatus, type PodUsage } from '@/features/workloads/pods/pod-row.tsx';
import { PodStatusChangedSubscription, ProjectPodMetricsQuery, ProjectPodsQuery } from '@/features/workloads/pods/operations.ts';
import { applyPodEvent, changesMembership, mergePage, type PodOverlay } from '@/features/workloads/pods/live-pods.ts';

/** About two Prometheus scrape intervals: by then a new pod has samples. */
const USAGE_SETTLE_MS = 30_000;

export interface PodPageRequest {
  first: number;
  after: string | null;
  sort: WorkloadSort;
  nameFilter: string;
}

/**
 * A page of the project's pods, kept live: the API sorts, filters and pages (one query per page),
 * the subscription's events are layered over the page (see mergePage) and, when pods are added or
 * deleted, the page is asked for again so its bounds and the total stay right. Nothing polls.
 * Streamed events are newer than any snapshot, so they stay on top; after the socket reconnects
 * (events may have been missed) they are dropped and a fresh page taken. The caller keys the
 * component by project to start over.
 */
export function useLivePods(project: string, request: PodPageRequest) {
  const variables = {
    name: project,
    first: request.first,
    after: request.after,
    sort: request.sort,
    filter: request.nameFilter ? { name: request.nameFilter } : null,
  };
  // A page seen before comes from urql's cache at once and is refreshed from the API behind it.
  const [result, reexecute] = useQuery({ query: ProjectPodsQuery, variables, requestPolicy: 'cache-and-network' });
  const [usage, reexecuteUsage] = useQuery({ query: ProjectPodMetricsQuery, variables });
  const [overlay, setOverlay] = useState<PodOverlay>(() => new Map());
  const [eventCount, setEventCount] = useState(0);
  const [membershipChanges, setMembershipChanges] = useState(0);
  const [added, setAdded] = useState(0);
  const socket = useSocket();

  // A project the API says is not there (or not visible) gets no subscription either.
  const missing =
    !result.fetching &&
    !result.data?.project &&
    (hasCode(result.error, 'NOT_FOUND') || hasCode(result.error, 'FORBIDDEN'));

  const nameFilter = useRef(request.nameFilter);
  nameFilter.current = request.nameFilter;
  const handleEvent = useCallback((_prev: unknown, data: PodStatusChangedData) => {
    const event = { type: data.podStatusChanged.type, pod: getFragmentData(PodRowFragment, data.podStatusChanged.pod) };
    setOverlay((o) => applyPodEvent(o, event));
    if (event.type === 'ADDED') setAdded((n) => n + 1);
    if (changesMembership(event, nameFilter.current)) setMembershipChanges((n) => n + 1);
    setEventCount((n) => n + 1);
    return data;
  }, []);
  const [sub] = useSubscription(
    { query: PodStatusChangedSubscription, variables: { project }, pause: missing },
    handleEvent,
  );

  // Pods came or went: the page's rows shifted and its total changed. Ask again once the burst
  // settles. Events sent while the socket was down, or missed behind the gateway (RESYNC), are
  // lost: then a fresh page without the overlay.
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const clearOverlay = useCallback(() => setOverlay(new Map()), []);
  const resync = useLivePage(membershipChanges, sub.error, refresh, clearOverlay);

  // A new pod has no usage until Prometheus has scraped it: ask again once, a while after pods
  // were added (debounced).
  useEffect(() => {
    if (added === 0) return;
    const id = setTimeout(() => reexecuteUsage({ requestPolicy: 'network-only' }), USAGE_SETTLE_MS);
    return () => clearTimeout(id);
  }, [added, reexecuteUsage]);

  const pods = result.data?.project?.pods;
  const usageEdges = usage.data?.project?.pods?.edges;
  const usageByName = useMemo(() => {
    const m = new Map<string, PodUsage>();
    for (const e of usageEdges ?? []) {
      const u = getFragmentData(PodRowUsageFragment, e.node);
      m.set(u.name, u.metrics);
    }
    return m;
  }, [usageEdges]);
  const { sort } = request;
  const page = getFragmentData(PagerFragment, pods?.pageInfo);
  const rows = useMemo(
    () =>
      mergePage(
        {
          rows: pods?.edges.map((e) => getFragmentData(PodRowFragment, e.node)) ?? [],
          hasPrevious: page?.hasPreviousPage ?? false,
          hasNext: page?.hasNextPage ?? false,
          sort,
          nameFilter: request.nameFilter,
        },
        overlay,
        usageByName,
      ),
    [pods, page, overlay, usageByName, sort, request.nameFilter],
  );

  /** The latest state of a pod, on this page or not (the drawer stays live for any pod). */
  const livePod = useCallback(
    (name: string): PodStatus | undefined => rows.find((p) => p.name === name) ?? overlay.get(name) ?? undefined,
    [rows, overlay],
  );

  return {
    project: result.data?.project ?? null,
    missing,
    rows,
    /** Pods matching the filter when the page was taken (the page is re-asked when pods come or go). */
    total: pods?.totalCount ?? 0,
    pageInfo: pods?.pageInfo ?? null,
    fetching: result.fetching,
    error: result.error,
    metricsError: usage.error,
    subscriptionError: resync ? undefined : sub.error,
    /** The socket is up and the subscription was not refused: changes will arrive. */
    live: socket.state === 'connected' && (!sub.error || resync),
    eventCount,
    livePod,
  };
}
