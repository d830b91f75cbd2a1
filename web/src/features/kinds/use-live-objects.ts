'use client';

import { useCallback, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import type { ClusterResourceChangedSubscription as ClusterResourceChangedData, KubeObjectFilter, ResourceChangedSubscription as ResourceChangedData, WorkloadSort } from '@/gql/graphql.ts';
import { useSocket } from '@/ui/api-provider.tsx';
import { useLivePage } from '@/lib/use-live-page.ts';
import { KubeObjectRowFragment, type KubeObjectRow } from '@/features/kinds/object-row.ts';
import { ClusterResourceChangedSubscription, KubeObjectsQuery, kubeObjectsVariables, ResourceChangedSubscription } from '@/features/kinds/operations.ts';
import { applyObjectEvent, mergeObjects, type ObjectOverlay } from '@/features/kinds/live-objects.ts';

export interface ObjectPageRequest {
  kind: string;
  /** null for a cluster kind (platform admins; live through `clusterResourceChanged`). */
  project: string | null;
  first: number;
  after: string | null;
  sort: WorkloadSort;
  filter: KubeObjectFilter | null;
  pause?: boolean;
}

/**
 * A page of one kind, kept live: the API sorts, filters and pages; `resourceChanged` events (or
 * `clusterResourceChanged` for a cluster kind; the same filter, checked by the server) show a new status or drop a deleted row at once, and each
 * burst of them makes the page be asked for again so every column, its bounds and its total stay
 * right. After a reconnect or RESYNC a fresh page is taken. Nothing polls.
 */
export function useLiveObjects(req: ObjectPageRequest) {
  const cluster = req.project === null;
  const variables = kubeObjectsVariables({ list: { kind: req.kind, project: req.project } }, { first: req.first, after: req.after, sort: req.sort, filter: req.filter });
  const [res, reexecute] = useQuery({ query: KubeObjectsQuery, variables, pause: req.pause, requestPolicy: 'cache-and-network' });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const [overlay, setOverlay] = useState<ObjectOverlay>(() => new Map());
  const [events, setEvents] = useState(0);
  const socket = useSocket();

  const handle = useCallback((_prev: unknown, data: ResourceChangedData) => {
    setOverlay((o) => applyObjectEvent(o, data.resourceChanged));
    setEvents((n) => n + 1);
    return data;
  }, []);
  const handleCluster = useCallback((_prev: unknown, data: ClusterResourceChangedData) => {
    setOverlay((o) => applyObjectEvent(o, data.clusterResourceChanged));
    setEvents((n) => n + 1);
    return data;
  }, []);
  const [projectSub] = useSubscription(
    { query: ResourceChangedSubscription, variables: { kind: req.kind, project: req.project ?? '', filter: req.filter }, pause: cluster || req.pause || !res.data?.project },
    handle,
  );
  const connection = cluster ? (res.data?.nodes ?? res.data?.persistentVolumes ?? res.data?.storageClasses) : res.data?.project?.objects;
  const [clusterSub] = useSubscription({ query: ClusterResourceChangedSubscription, variables: { kind: req.kind, filter: req.filter }, pause: !cluster || req.pause || !connection }, handleCluster);
  const sub = cluster ? clusterSub : projectSub;

  // Every burst of changes: read the page again (new rows, other columns, the total).
  const clearOverlay = useCallback(() => setOverlay(new Map()), []);
  const resync = useLivePage(events, sub.error, refresh, clearOverlay);

  const rows = useMemo(
    () => mergeObjects(connection?.edges.map((e) => getFragmentData(KubeObjectRowFragment, e.node)) ?? [], overlay),
    [connection, overlay],
  );
  return {
    rows: rows as KubeObjectRow[],
    total: connection?.totalCount ?? 0,
    pageInfo: connection?.pageInfo ?? null,
    project: res.data?.project ?? null,
    fetching: res.fetching,
    loaded: !!res.data,
    error: res.error,
    subscriptionError: resync ? undefined : sub.error,
    live: socket.state === 'connected' && !!(cluster ? connection : res.data?.project) && (!sub.error || resync),
    events,
    refresh,
  };
}
