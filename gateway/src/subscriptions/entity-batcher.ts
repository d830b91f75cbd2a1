import type { GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { authorizationScope } from './scope.ts';

type ProcessOptions = Parameters<GraphQLDataSource['process']>[0];
type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

interface Waiting {
  options: ProcessOptions;
  representations: unknown[];
  resolve: (response: Response) => void;
}

interface Queue {
  waiting: Waiting[];
  /** Representations in `waiting`. */
  size: number;
  inFlight: number;
  /** Cancels the pending window, when one is running. */
  timer?: () => void;
}

export interface BatchingOptions {
  windowMs: number;
  maxBatchSize: number;
}

/** Counts of what the batcher sent, for tests and benchmarks. */
export interface BatchStats {
  /** `_entities` requests sent. */
  requests: number;
  /** Representations asked for by the executions (before merging and de-duplication). */
  representations: number;
}

/**
 * Dataloader-style batching of the `_entities` fetches that completing subscription events
 * makes: every event of every subscription runs its plan's remaining fetches on its own
 * (@apollo/gateway's executor), and this data source merges the ones that reach a subgraph
 * together into one request.
 *
 * Requests merge when they are the same operation text with the same other variables, under the
 * same authorization scope (the key includes the scope, and the merged request is sent with the
 * context, so the signed identity, of its first member: fields that depend on the caller
 * resolve as for each of them). A batch goes out when the window ends and no request of its key
 * is in flight; requests that come while one is in flight wait for it and go out together next.
 * Identical representations are asked for once. The answer is split back: each request gets its
 * slice of `_entities`, its errors with their `_entities` index renumbered, and every error that
 * belongs to no entity.
 */
export function batchingServiceMap(services: ServiceMap, opts: BatchingOptions, stats?: BatchStats): ServiceMap {
  return Object.fromEntries(Object.entries(services).map(([name, source]) => [name, batchingDataSource(source, opts, stats)]));
}

function batchKey(options: ProcessOptions): string | null {
  const variables = options.request.variables;
  if (!variables || !Array.isArray(variables.representations)) return null;
  const { representations: _r, ...others } = variables;
  const auth = (options.context as Partial<GatewayContext> | undefined)?.auth;
  const scope = auth ? authorizationScope(auth.identity) : 'none';
  return `${scope}\n${options.request.operationName ?? ''}\n${options.request.query ?? ''}\n${JSON.stringify(others)}`;
}

function cancelTimer(queue: Queue): void {
  queue.timer?.();
  queue.timer = undefined;
}

function batchingDataSource(source: GraphQLDataSource, opts: BatchingOptions, stats?: BatchStats): GraphQLDataSource {
  const queues = new Map<string, Queue>();

  const schedule = (key: string, queue: Queue) => {
    if (queue.timer || queue.inFlight > 0 || queue.waiting.length === 0) return;
    const go = () => {
      queue.timer = undefined;
      void flush(key, queue);
    };
    if (opts.windowMs > 0) {
      const t = setTimeout(go, opts.windowMs);
      queue.timer = () => clearTimeout(t);
    } else {
      const t = setImmediate(go);
      queue.timer = () => clearImmediate(t);
    }
  };

  async function flush(key: string, queue: Queue): Promise<void> {
    // Take requests up to the batch size (at least one, however large it is).
    const batch: Waiting[] = [];
    let size = 0;
    while (queue.waiting.length && (batch.length === 0 || size + queue.waiting[0].representations.length <= opts.maxBatchSize)) {
      const next = queue.waiting.shift()!;
      size += next.representations.length;
      batch.push(next);
    }
    queue.size -= size;
    queue.inFlight++;
    try {
      await send(batch);
    } finally {
      queue.inFlight--;
      if (queue.waiting.length) {
        // A full batch waiting need not wait for the window.
        if (queue.size >= opts.maxBatchSize) void flush(key, queue);
        else schedule(key, queue);
      } else if (queue.inFlight === 0) queues.delete(key);
    }
  }

  async function send(batch: Waiting[]): Promise<void> {
    const unique: unknown[] = [];
    const indexOf = new Map<string, number>();
    const slots = batch.map((w) =>
      w.representations.map((rep) => {
        const text = JSON.stringify(rep);
        let i = indexOf.get(text);
        if (i === undefined) {
          i = unique.push(rep) - 1;
          indexOf.set(text, i);
        }
        return i;
      }),
    );
    const first = batch[0].options;
    let response: Response;
    try {
      if (stats) stats.requests++;
      response = await source.process({ ...first, request: { ...first.request, variables: { ...first.request.variables, representations: unique } } } as ProcessOptions);
    } catch (err) {
      response = { errors: [{ message: err instanceof Error ? err.message : String(err) }] } as Response;
    }
    const used = new Array<number>(unique.length).fill(0);
    for (const s of slots) for (const i of s) used[i]++;
    batch.forEach((w, k) => w.resolve(sliceFor(response, slots[k], used)));
  }

  return {
    process(options) {
      const key = batchKey(options);
      if (key === null) return source.process(options);
      const representations = options.request.variables!.representations as unknown[];
      if (stats) stats.representations += representations.length;
      let queue = queues.get(key);
      if (!queue) {
        queue = { waiting: [], size: 0, inFlight: 0 };
        queues.set(key, queue);
      }
      const q = queue;
      return new Promise<Response>((resolve) => {
        q.waiting.push({ options, representations, resolve });
        q.size += representations.length;
        if (q.size >= opts.maxBatchSize && q.inFlight === 0) {
          cancelTimer(q);
          void flush(key, q);
        } else schedule(key, q);
      });
    },
  };
}

/**
 * One request's share of a merged answer: its entities (copies where several requests share
 * one, since the executor merges into what it gets), its entity errors renumbered, and the
 * errors that concern the whole request.
 */
function sliceFor(response: Response, slots: number[], used: number[]): Response {
  const entities = (response.data as { _entities?: unknown[] } | null | undefined)?._entities;
  const errors: GraphQLFormattedError[] = [];
  for (const error of response.errors ?? []) {
    const path = error.path;
    if (path && path[0] === '_entities' && typeof path[1] === 'number') {
      slots.forEach((i, k) => {
        if (i === path[1]) errors.push({ ...error, path: ['_entities', k, ...path.slice(2)] });
      });
    } else errors.push(error);
  }
  const data = Array.isArray(entities)
    ? { ...response.data, _entities: slots.map((i) => (used[i] > 1 && entities[i] !== null && typeof entities[i] === 'object' ? structuredClone(entities[i]) : entities[i])) }
    : response.data;
  return { ...response, data, errors: errors.length ? errors : undefined } as Response;
}
