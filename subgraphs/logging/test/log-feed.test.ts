/**
 * The live tail's Kafka consumer (LogFeed) against the lab's real Kafka: it hands new lines to
 * its listeners, and leaves no consumer group behind, neither when its last listener has gone
 * (after the idle wait) nor when the process stops it.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createLogger } from '@meridian/core';
import { createKafka, ensureTopic, idempotentProducer, sendAll } from '@meridian/core/kafka/index';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { LogFeed } from '../src/sources/log-feed.ts';
import { recordId, type LogRecord } from '../src/pipeline/log-record.ts';
import { eventually, suffix } from './fixtures.ts';

const id = suffix();
const topic = `t-logfeed-${id}`;
const log = createLogger('logging-test');
const brokers = labKafkaBrokers();
const kafka = createKafka({ brokers, clientId: 'logfeed-test', log });
const admin = kafka.admin();

const groups = async () => new Set((await admin.listGroups()).groups.map((g) => g.groupId));
const record = (message: string): LogRecord => {
  const time = new Date().toISOString();
  return { id: recordId('uid-feed', 'app', time, 0), time, namespace: `feed-${id}`, pod: 'p', podUid: 'uid-feed', container: 'app', node: null, message, ordinal: 0 };
};

async function publish(r: LogRecord) {
  const producer = idempotentProducer(kafka);
  await producer.connect();
  await sendAll(producer, topic, [{ key: 'k', value: JSON.stringify(r) }]);
  await producer.disconnect();
}

beforeAll(async () => {
  await ensureTopic(kafka, topic, { partitions: 1 });
  await admin.connect();
});

afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
});

test('a tail gets new lines; its group is gone once the last listener left', async () => {
  const feed = new LogFeed({ brokers, log, topic, idleStopMs: 300 });
  try {
    const got: string[] = [];
    const off = await feed.listen((r) => got.push(r.message));
    const groupId = feed.groupId!;
    assert.ok((await groups()).has(groupId), 'the consumer group exists while someone listens');
    await publish(record(`hello ${id}`));
    await eventually('the line reaches the listener', async () => got.includes(`hello ${id}`), 20_000, 100);
    off();
    await eventually('the group deleted', async () => !(await groups()).has(groupId), 20_000, 250);
    assert.equal(feed.groupId, undefined);

    // The next tail starts a new consumer (and group), and stop() deletes that one too.
    const off2 = await feed.listen(() => undefined);
    const second = feed.groupId!;
    assert.notEqual(second, groupId);
    await feed.stop();
    off2();
    assert.ok(!(await groups()).has(second), 'stop() deleted the group');
  } finally {
    await feed.stop();
  }
}, 90_000);
