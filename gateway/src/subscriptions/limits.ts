/** How the subscription router bounds what it holds. Each has a MERIDIAN_SUBSCRIPTION_* variable. */
export interface SubscriptionLimits {
  /**
   * Events one client subscription may have waiting for its socket (and events one completion
   * group may have waiting for their entity fetches). Past it the subscription ends with
   * SLOW_CONSUMER: a client that stops reading never makes the gateway hold more.
   */
  maxQueuedEvents: number;
  /**
   * How long a shared upstream subscription keeps trying to reconnect to a subgraph whose socket
   * dropped (a restart) before its clients' subscriptions end with UPSTREAM_UNAVAILABLE.
   */
  rideOutMs: number;
  /** Longest wait between two reconnection attempts (backoff doubles from 100 ms up to this). */
  maxRetryWaitMs: number;
  /**
   * How long an entity fetch for an event waits for others to join its batch when no fetch of
   * the same kind is in flight (0: until the current I/O turn ends). While one is in flight,
   * new ones wait for it and go out together as the next batch.
   */
  batchWindowMs: number;
  /** Representations in one batched `_entities` request, at most. */
  maxBatchSize: number;
}

const envNumber = (name: string, fallback: number, min = 1) => {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(value) && value >= min ? value : fallback;
};

export function subscriptionLimitsFromEnv(): SubscriptionLimits {
  return {
    maxQueuedEvents: envNumber('MERIDIAN_SUBSCRIPTION_QUEUE', 1_000),
    rideOutMs: envNumber('MERIDIAN_SUBSCRIPTION_RIDE_OUT_MS', 30_000),
    maxRetryWaitMs: envNumber('MERIDIAN_SUBSCRIPTION_RETRY_MAX_MS', 2_000),
    batchWindowMs: envNumber('MERIDIAN_SUBSCRIPTION_BATCH_WINDOW_MS', 0, 0),
    maxBatchSize: envNumber('MERIDIAN_SUBSCRIPTION_BATCH_MAX', 500),
  };
}
