import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from '../log.ts';

export interface AtLeastOnceOptions {
  kafka: Kafka;
  groupId: string;
  topic: string;
  log: Logger;
  /**
   * Handles one fetched batch of a partition, in offset order. It must be idempotent (key its
   * writes on an id carried in the message): after a crash or a rebalance, messages handled but
   * not yet committed come again.
   */
  handleBatch: (messages: KafkaMessage[], partition: number) => Promise<void>;
  /** Read a new group's partitions from the start (default true: nothing published is skipped). */
  fromBeginning?: boolean;
  /**
   * Commit offsets after each handled batch (default true). False only to simulate a consumer
   * that dies after handling and before committing (tests of redelivery).
   */
  commit?: boolean;
}

export interface AtLeastOnceConsumer {
  /** Resolves once the consumer joined its group the first time. */
  joined: Promise<void>;
  stop(): Promise<void>;
}

const RESTART_MS = 2_000;

/**
 * A consumer group member that handles every message at least once: offsets are committed only
 * after `handleBatch` resolved, so a message is never marked consumed before its effect is
 * stored. A broker that is down when it starts, or a crash kafkajs does not restart itself, is
 * retried every 2 s until `stop()`.
 */
export function consumeAtLeastOnce(opts: AtLeastOnceOptions): AtLeastOnceConsumer {
  const commit = opts.commit ?? true;
  let stopped = false;
  let consumer: Consumer | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let markJoined!: () => void;
  const joined = new Promise<void>((resolve) => (markJoined = resolve));

  const start = async (): Promise<void> => {
    if (stopped) return;
    // A member that vanished (its process, or the broker, restarted) holds its partitions until its
    // session times out: 10 s rather than kafkajs' 30 s, so a restarted consumer resumes sooner.
    const c = opts.kafka.consumer({ groupId: opts.groupId, allowAutoTopicCreation: false, sessionTimeout: 10_000, heartbeatInterval: 2_000 });
    consumer = c;
    c.on(c.events.GROUP_JOIN, () => markJoined());
    c.on(c.events.CRASH, (event) => {
      if (event.payload.restart || stopped) return; // kafkajs restarts it itself
      opts.log.warn({ err: event.payload.error, topic: opts.topic }, 'Kafka consumer crashed; restarting');
      scheduleRestart(c);
    });
    try {
      await c.connect();
      await c.subscribe({ topic: opts.topic, fromBeginning: opts.fromBeginning ?? true });
      await c.run({
        autoCommit: commit,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }) => {
          if (!batch.messages.length) return;
          await opts.handleBatch(batch.messages, batch.partition);
          // Resolving moves this member on; only a commit makes it stick across restarts.
          resolveOffset(batch.messages.at(-1)!.offset);
          if (commit) await commitOffsetsIfNecessary();
          await heartbeat();
        },
      });
    } catch (err) {
      if (stopped) return;
      opts.log.debug({ err, topic: opts.topic }, 'Kafka consumer could not start; retrying');
      scheduleRestart(c);
    }
  };

  const scheduleRestart = (c: Consumer) => {
    if (stopped || restartTimer) return;
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      void c.disconnect().catch(() => undefined).then(start);
    }, RESTART_MS);
  };

  void start();
  return {
    joined,
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      await consumer?.disconnect().catch(() => undefined);
    },
  };
}
