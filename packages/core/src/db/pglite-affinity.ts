import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite is one Postgres session; pglite-socket multiplexes many client connections onto it,
 * one protocol message at a time, and keeps a connection's messages together only inside an
 * explicit transaction. But the extended query protocol keeps state between messages outside
 * transactions too: Parse → Bind → Describe → Execute → Sync share the unnamed statement and
 * portal. Two pools (tenancy and appstore, say) interleaving those messages make Postgres bind
 * one client's parameters to the other's statement ("bind message supplies 2 parameters, but
 * prepared statement "" requires 3").
 *
 * This keeps a connection's messages together until its Sync (or a simple Query, or Terminate),
 * as a real server's separate sessions would, by replacing the queue's scheduling on the
 * server's instance. The queue is internal to pglite-socket, so its shape is checked first.
 */

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
  onData: (data: Uint8Array) => void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(message: Uint8Array, opts: { onRawData: (data: Uint8Array) => void }): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** True when a message ends what the connection started: the session is free for others. */
export function endsExchange(message: Uint8Array): boolean {
  const type = message[0];
  // The startup packet has no type byte: its first byte is the top of a small length, 0.
  return type === 0 || type === SYNC || type === QUERY || type === TERMINATE;
}

export function keepExchangesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function' || typeof queue.db?.execProtocolRawStream !== 'function') {
    throw new Error('pglite-socket changed its internal query queue; review packages/core/src/db/pglite-affinity.ts');
  }
  /** The connection in the middle of an exchange, whose messages go first. */
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const pinned = owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = pinned === null ? 0 : this.queue.findIndex((m) => m.handlerId === pinned);
        if (index === -1) break; // wait for the pinned connection's next message
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          owner = null;
          item.reject(err);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        owner = endsExchange(item.message) ? null : item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (owner === handlerId) {
      owner = null; // a connection that left mid-exchange frees the session
      void queue.processQueue();
    }
  };
}
