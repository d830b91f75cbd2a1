import type { ExecutionResult } from 'graphql';
import { slowConsumer } from './signals.ts';

/** How a client stream ends once what is queued is delivered. */
export interface StreamEnd {
  /** Thrown from next(): graphql-ws sends it as the operation's `error` message. */
  error?: Error;
  /** A last result (e.g. the subgraph's refusal as `{ errors }`), then `done`. */
  final?: ExecutionResult;
}

/**
 * One client subscription's event stream, as graphql-ws's server pulls it: a bounded queue of
 * completed results between the shared upstream (which pushes) and the client's socket (which
 * pulls one result at a time, each only after the previous one was written out). A client that
 * does not read makes its queue grow; past `maxQueued` the stream drops what it holds, leaves
 * its group and ends with SLOW_CONSUMER, so the gateway never holds more than that per client.
 *
 * Hand-written rather than a generator so that return() (the client completes or disconnects)
 * detaches it at once, even while next() is waiting.
 */
export class ClientStream implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private waiting: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void } | null = null;
  private end: StreamEnd | null = null;
  private detached = false;

  constructor(
    private readonly maxQueued: number,
    /** Called once when the stream stops taking events (ended, failed or returned). */
    private readonly onDetach: (stream: ClientStream) => void,
  ) {}

  [Symbol.asyncIterator]() {
    return this;
  }

  /** Events waiting for the client (for tests and metrics). */
  get queued(): number {
    return this.queue.length;
  }

  deliver(result: ExecutionResult): void {
    if (this.end) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: result, done: false });
      return;
    }
    this.queue.push(result);
    if (this.queue.length > this.maxQueued) this.fail(slowConsumer(`more than ${this.maxQueued} events waited for the client to read them`));
  }

  /** Ends the stream after what is queued. */
  finish(end: StreamEnd): void {
    if (this.end) return;
    this.end = end;
    this.detach();
    this.settle();
  }

  /** Ends the stream now, dropping what is queued. */
  fail(error: Error): void {
    this.queue.length = 0;
    this.finish({ error });
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.end) return this.takeEnd();
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue.length = 0;
    this.end = {};
    this.detach();
    this.settle();
    return { value: undefined, done: true };
  }

  private takeEnd(): Promise<IteratorResult<ExecutionResult>> {
    const end = this.end!;
    if (end.final) {
      const final = end.final;
      end.final = undefined;
      return Promise.resolve({ value: final, done: false });
    }
    if (end.error) {
      const error = end.error;
      end.error = undefined; // reported once, then finished
      return Promise.reject(error);
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  private settle(): void {
    if (!this.waiting || this.queue.length || !this.end) return;
    const w = this.waiting;
    this.waiting = null;
    this.takeEnd().then(w.resolve, w.reject);
  }

  private detach(): void {
    if (this.detached) return;
    this.detached = true;
    this.onDetach(this);
  }
}
