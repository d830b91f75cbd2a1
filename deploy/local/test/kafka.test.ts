/**
 * The lab's Kafka is a real broker: topics can be created, messages produced and consumed back
 * through a consumer group, and committed offsets survive a consumer restart.
 * Needs `npx tsx deploy/local/lab.ts up --only kafka`.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer } from 'kafkajs';
import { labEndpoints } from '../lib/endpoints.ts';

const { brokers } = labEndpoints('kafka');
const kafka = new Kafka({ clientId: 'lab-kafka-test', brokers: brokers.split(','), logLevel: logLevel.WARN });
const suffix = () => randomBytes(4).toString('hex');

/** Consumes from the beginning until `count` messages arrived (or fails after `timeoutMs`). */
async function consume(consumer: Consumer, topic: string, count: number, timeoutMs = 30_000) {
  const got: { key: string; value: string; partition: number }[] = [];
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${got.length}/${count} messages from ${topic} in ${timeoutMs} ms`)), timeoutMs);
    consumer
      .run({
        eachMessage: async ({ message, partition }) => {
          got.push({ key: message.key!.toString(), value: message.value!.toString(), partition });
          if (got.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  return got;
}

/**
 * Offsets the group committed on `topic`, summed over partitions, once they reach `count`
 * (kafkajs commits asynchronously after each batch) or after 15 s, whichever comes first.
 */
async function waitCommitted(admin: Admin, groupId: string, topic: string, count: number): Promise<number> {
  const committed = async () => {
    const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
    return offsets[0].partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
  };
  const deadline = Date.now() + 15_000;
  while ((await committed()) < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return committed();
}

test('create a topic, produce, consume back in a consumer group', async () => {
  const topic = `lab-test-${suffix()}`;
  const groupId = `lab-test-group-${suffix()}`;
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId });
  await admin.connect();
  try {
    assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true }), true);
    assert.ok((await admin.listTopics()).includes(topic));
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    assert.equal(meta.topics[0].partitions.length, 3);

    const sent = Array.from({ length: 30 }, (_, i) => ({ key: `tenant-${i % 5}`, value: `event-${i}-${suffix()}` }));
    await producer.connect();
    await producer.send({ topic, messages: sent });

    await consumer.connect();
    const got = await consume(consumer, topic, sent.length);
    assert.deepEqual(got.map((m) => m.value).sort(), sent.map((m) => m.value).sort());
    // Same key, same partition: per-tenant order is what Meridian's event streams rely on.
    const partitionOfKey = new Map<string, number>();
    for (const m of got) {
      const seen = partitionOfKey.get(m.key);
      if (seen !== undefined) assert.equal(m.partition, seen, `key ${m.key} went to two partitions`);
      partitionOfKey.set(m.key, m.partition);
    }
    for (const key of partitionOfKey.keys()) {
      const values = got.filter((m) => m.key === key).map((m) => m.value);
      assert.deepEqual(values, sent.filter((m) => m.key === key).map((m) => m.value), `order of ${key}`);
    }

    // The broker ends up with every message of the topic committed for this group.
    assert.equal(await waitCommitted(admin, groupId, topic, sent.length), sent.length);
    await consumer.disconnect();
    const groups = await admin.listGroups();
    assert.ok(groups.groups.some((g) => g.groupId === groupId), 'the consumer group is registered');
  } finally {
    await consumer.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect();
  }
});

test('a restarted consumer in the same group resumes after its committed offset', async () => {
  const topic = `lab-test-resume-${suffix()}`;
  const groupId = `lab-test-resume-${suffix()}`;
  const admin = kafka.admin();
  const producer = kafka.producer();
  await admin.connect();
  await producer.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await producer.send({ topic, messages: [{ key: 'k', value: 'first' }] });
    const c1 = kafka.consumer({ groupId });
    await c1.connect();
    assert.deepEqual((await consume(c1, topic, 1)).map((m) => m.value), ['first']);
    assert.equal(await waitCommitted(admin, groupId, topic, 1), 1);
    await c1.disconnect();

    await producer.send({ topic, messages: [{ key: 'k', value: 'second' }] });
    const c2 = kafka.consumer({ groupId });
    await c2.connect();
    try {
      const got = await consume(c2, topic, 1);
      assert.deepEqual(got.map((m) => m.value), ['second'], 'the second consumer must not see the already-committed message');
    } finally {
      await c2.disconnect();
    }
  } finally {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect();
  }
});

test('producing to an unknown topic creates it (auto topic creation is on)', async () => {
  const topic = `lab-test-auto-${suffix()}`;
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  const admin = kafka.admin();
  await producer.connect();
  await admin.connect();
  try {
    await producer.send({ topic, messages: [{ value: 'hello' }] });
    assert.ok((await admin.listTopics()).includes(topic));
    const offsets = await admin.fetchTopicOffsets(topic);
    assert.equal(offsets.reduce((n, p) => n + Number(p.high), 0), 1);
  } finally {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect();
  }
});
