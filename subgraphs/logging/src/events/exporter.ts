/**
 * Exports Kubernetes Events to Kafka (meridian.events, key = uid) from the shared Event cache:
 * every ADDED or MODIFIED event, and everything the cache holds when it starts (the indexer
 * overwrites by uid, so sending one again is harmless). Sends are batched; while Kafka refuses,
 * the newest version of each pending event is kept (bounded) and sent when it is back.
 */
import type { Kafka } from 'kafkajs';
import type { Logger } from '@meridian/core';
import { idempotentProducer, sendAll } from '@meridian/core/kafka/index';
import type { KubeObject, ResourceCache } from '@meridian/core/kube/index';
import { EVENT_TOPIC, eventDocument, type EventDocument, type KubeEvent } from './event-record.ts';

export interface EventExporter {
  /** Resolves once everything pending now was acknowledged by Kafka (tests). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

const FLUSH_MS = 500;
const MAX_PENDING = 20_000;

export async function startEventExporter(opts: { kafka: Kafka; events: ResourceCache<KubeObject>; log: Logger; topic?: string }): Promise<EventExporter> {
  const topic = opts.topic ?? EVENT_TOPIC;
  const producer = idempotentProducer(opts.kafka);
  const pending = new Map<string, EventDocument>();
  let connected = false;
  let sending: Promise<void> | undefined;

  const keep = (obj: KubeObject) => {
    const doc = eventDocument(obj as KubeEvent);
    if (!doc) return;
    pending.delete(doc.uid); // re-inserted last: the oldest are dropped first when over the cap
    pending.set(doc.uid, doc);
    if (pending.size > MAX_PENDING) {
      const oldest = pending.keys().next().value;
      if (oldest !== undefined) pending.delete(oldest);
    }
  };

  const send = async () => {
    if (!pending.size) return;
    const batch = [...pending.values()];
    if (!connected) {
      await producer.connect();
      connected = true;
    }
    await sendAll(producer, topic, batch.map((d) => ({ key: d.uid, value: JSON.stringify(d) })));
    // Only what was sent goes; a newer version that arrived meanwhile stays pending.
    for (const d of batch) if (pending.get(d.uid) === d) pending.delete(d.uid);
  };
  const flush = () =>
    (sending ??= send()
      .catch((err) => {
        connected = false;
        opts.log.warn({ err, pending: pending.size }, 'Kafka refused Kubernetes events; retrying');
        throw err;
      })
      .finally(() => (sending = undefined)));

  const off = opts.events.onChange((ev) => {
    if (ev.type !== 'DELETED') keep(ev.object);
  });
  const timer = setInterval(() => void flush().catch(() => undefined), FLUSH_MS);
  void opts.events.ready().then(
    () => {
      for (const e of opts.events.all()) keep(e);
    },
    () => undefined, // the cache retries; its events come through onChange when it syncs
  );
  return {
    async flush() {
      await sending?.catch(() => undefined);
      await flush();
    },
    async stop() {
      off();
      clearInterval(timer);
      await sending?.catch(() => undefined);
      await producer.disconnect().catch(() => undefined);
    },
  };
}
