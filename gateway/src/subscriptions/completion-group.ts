import type { ExecutionResult } from 'graphql';
import type { ClientStream, StreamEnd } from './client-stream.ts';
import { slowConsumer } from './signals.ts';
import type { UpstreamEvent } from './upstream.ts';

type Slot = { result?: ExecutionResult; end?: StreamEnd };

/**
 * The client subscriptions on one shared upstream that asked the same thing: the same operation
 * text and variables, in the same authorization scope (the upstream's). Each event is completed
 * once for all of them (the plan's remaining fetches, batched with other events' by the entity
 * batcher) and the one result is handed to every member.
 *
 * Events are completed concurrently and delivered in the order they arrived; a RESYNC signal or
 * the upstream's end takes its place in that order too. At most `maxPending` events may be
 * waiting for completion: beyond that the group cannot keep up, and its members end with
 * SLOW_CONSUMER rather than the gateway holding an ever longer backlog.
 */
export class CompletionGroup {
  readonly members = new Set<ClientStream>();
  private pending: Slot[] = [];
  private ended = false;

  constructor(
    private readonly complete: (event: UpstreamEvent) => Promise<ExecutionResult>,
    private readonly maxPending: number,
    /** Called when the last member left. */
    private readonly onEmpty: (group: CompletionGroup) => void,
  ) {}

  add(stream: ClientStream): void {
    this.members.add(stream);
  }

  remove(stream: ClientStream): void {
    if (!this.members.delete(stream) || this.members.size) return;
    this.pending = [];
    this.onEmpty(this);
  }

  event(event: UpstreamEvent): void {
    if (this.ended) return;
    if (this.pending.length >= this.maxPending) {
      const error = slowConsumer(`more than ${this.maxPending} events waited to be completed`);
      for (const member of [...this.members]) member.fail(error);
      return;
    }
    const slot: Slot = {};
    this.pending.push(slot);
    void this.complete(event).then((result) => {
      slot.result = result;
      this.flush();
    });
  }

  /** A result that needs no completion (a signal), in order after the events before it. */
  signal(result: ExecutionResult): void {
    if (this.ended) return;
    this.pending.push({ result });
    this.flush();
  }

  /** The upstream ended: members end after the events that arrived before. */
  end(end: StreamEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.pending.push({ end });
    this.flush();
  }

  private flush(): void {
    while (this.pending.length && (this.pending[0].result || this.pending[0].end)) {
      const slot = this.pending.shift()!;
      // finish() detaches a member from the group (remove() during this loop): iterate a copy.
      for (const member of [...this.members]) {
        if (slot.result) member.deliver(slot.result);
        else member.finish({ ...slot.end! });
      }
    }
  }
}
