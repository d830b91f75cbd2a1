import type { CoreV1Event } from '@kubernetes/client-node';
import { defineKind, iso, type KindDescriptor } from './define.ts';

export const Event = defineKind<KindDescriptor>({
  kind: 'Event', group: '', version: 'v1', plural: 'events', listField: 'events', namespaced: true, graphqlType: 'KubeEvent', readOnly: true,
  columns: [
    { id: 'type', header: 'Type', path: 'type', type: 'string' },
    { id: 'reason', header: 'Reason', path: 'reason', type: 'string' },
    { id: 'object', header: 'Object', path: 'involvedObject.name', type: 'string' },
    { id: 'message', header: 'Message', path: 'message', type: 'string' },
    { id: 'count', header: 'Count', path: 'count', type: 'number' },
  ],
  status: (o) => ({ status: (o as unknown as CoreV1Event).type ?? 'Normal', message: (o as unknown as CoreV1Event).message ?? null }),
  fields(o) {
    const e = o as unknown as CoreV1Event;
    return {
      type: e.type ?? 'Normal',
      reason: e.reason ?? null,
      message: e.message ?? null,
      count: e.count ?? 1,
      involvedKind: e.involvedObject.kind ?? '',
      involvedName: e.involvedObject.name ?? '',
      source: e.source?.component ?? e.reportingComponent ?? null,
      firstSeen: iso(e.firstTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp),
      lastSeen: iso(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp),
    };
  },
});
