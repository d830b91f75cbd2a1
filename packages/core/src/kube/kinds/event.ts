import type { CoreV1Event } from '@kubernetes/client-node';
import { column, defineKind, iso, type KindDescriptor } from './define.ts';

export const Event = defineKind<KindDescriptor>({
  kind: 'Event', group: '', version: 'v1', plural: 'events', listField: 'events', namespaced: true, graphqlType: 'KubeEvent', readOnly: true,
  columns: [column('type', 'Type', 'type'), column('reason', 'Reason', 'reason'), column('object', 'Object', 'involvedObject.name'), column('message', 'Message', 'message'), column('count', 'Count', 'count', 'number')],
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
