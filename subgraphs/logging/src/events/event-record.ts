/**
 * A Kubernetes Event on its way from the shared Event cache, through Kafka (topic
 * meridian.events, key = the event's uid), into Elasticsearch (`meridian-events-YYYY.MM.DD`, doc
 * id = uid, so each update of an event overwrites its document). The daily index is the day the
 * API server created the Event object, which never changes for a uid.
 */

type Time = string | Date | null | undefined;
/** The fields of a core/v1 Event read here. */
export interface KubeEvent {
  metadata?: { uid?: string; namespace?: string; creationTimestamp?: Time };
  involvedObject?: { kind?: string; name?: string };
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: Time;
  lastTimestamp?: Time;
  eventTime?: Time;
  series?: { count?: number; lastObservedTime?: Time };
  source?: { component?: string };
  reportingComponent?: string;
}

export const EVENT_TOPIC = 'meridian.events';
export const EVENT_INDEX_PREFIX = 'meridian-events-';

export interface EventDocument {
  '@timestamp': string;
  uid: string;
  namespace: string;
  /** When the API server created the Event object (not a time the reporter chose). */
  created: string;
  involvedKind: string;
  involvedName: string;
  type: string;
  reason: string | null;
  message: string | null;
  count: number;
  source: string | null;
  firstSeen: string | null;
}

const iso = (t: Time): string | null => {
  if (t == null) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

export function eventDocument(e: KubeEvent): EventDocument | null {
  const uid = e.metadata?.uid;
  const namespace = e.metadata?.namespace;
  const created = iso(e.metadata?.creationTimestamp);
  if (!uid || !namespace || !created) return null;
  const firstSeen = iso(e.firstTimestamp) ?? iso(e.eventTime) ?? null;
  return {
    '@timestamp': iso(e.lastTimestamp) ?? iso(e.series?.lastObservedTime) ?? iso(e.eventTime) ?? firstSeen ?? created,
    uid,
    namespace,
    created,
    involvedKind: e.involvedObject?.kind ?? '',
    involvedName: e.involvedObject?.name ?? '',
    type: e.type ?? 'Normal',
    reason: e.reason ?? null,
    message: e.message ?? null,
    count: e.count ?? e.series?.count ?? 1,
    source: e.source?.component ?? e.reportingComponent ?? null,
    firstSeen,
  };
}

export const eventIndex = (doc: EventDocument, prefix = EVENT_INDEX_PREFIX) => `${prefix}${doc.created.slice(0, 10).replace(/-/g, '.')}`;

/** Exact fields as keywords, times as dates, the message as text: set once as an index template. */
export const EVENT_MAPPINGS = {
  properties: {
    '@timestamp': { type: 'date' },
    created: { type: 'date' },
    firstSeen: { type: 'date' },
    uid: { type: 'keyword' },
    namespace: { type: 'keyword' },
    involvedKind: { type: 'keyword' },
    involvedName: { type: 'keyword' },
    type: { type: 'keyword' },
    reason: { type: 'keyword' },
    source: { type: 'keyword' },
    message: { type: 'text' },
    count: { type: 'integer' },
  },
} as const;
