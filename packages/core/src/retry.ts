import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from './log.ts';

export interface RetryOptions {
  log: Logger;
  /** What is waited for, as the warning says it ("the log pipeline waits for Kafka"). */
  waiting: string;
  /** Gives up (rejects) once aborted: the process is stopping. */
  signal?: AbortSignal;
  /** The pause between attempts (default 2 s). */
  everyMs?: number;
}

/**
 * `attempt` again and again until it succeeds, for a part that must start once a backend answers
 * (Kafka, a database) rather than never: a warning at the first failure and every 15th after it,
 * so a long outage does not flood the log.
 */
export async function retryUntilDone<T>(attempt: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      if (n % 15 === 1) opts.log.warn({ err: err instanceof Error ? err.message : String(err) }, opts.waiting);
      await sleep(opts.everyMs ?? 2_000, undefined, { signal: opts.signal });
    }
  }
}
