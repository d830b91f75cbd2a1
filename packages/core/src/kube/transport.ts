import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';

/**
 * A small HTTP client for the Kubernetes API on top of node:http(s), with the credentials of a
 * KubeConfig. We use it instead of client-node's generated clients and Watch because the
 * caches need control that those do not give: the Accept header (metadata-only lists of
 * Secrets), a watch inactivity timeout, and an abort handle per watch connection.
 */

/** `details.causes` of a Status: what the API server's validation refused, field by field. */
export interface KubeStatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

/** The API server answered with an error status (404, 409, 410, 422, ...). */
export class KubeApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly reason: string | undefined,
    message: string,
    /** The Status object's `message` alone (without method and path). */
    readonly statusMessage: string = message,
    readonly causes: KubeStatusCause[] = [],
  ) {
    super(message);
    this.name = 'KubeApiError';
  }
}

/** The API server could not be reached (refused, reset, timed out). */
export class KubeUnreachableError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'KubeUnreachableError';
  }
}

export interface KubeRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Content type of the body; PATCH defaults to a JSON merge patch. */
  contentType?: string;
  accept?: string;
  timeoutMs?: number;
}

interface Prepared {
  url: URL;
  options: https.RequestOptions;
}

/** One request as it leaves for the API server (for observers: tests count LISTs and WATCHes). */
export interface KubeRequestSeen {
  method: string;
  path: string;
  query: Record<string, string>;
}
const observers = new Set<(req: KubeRequestSeen) => void>();

/** Calls `observer` for every request this process sends to any API server; returns the unsubscribe. */
export function observeKubeRequests(observer: (req: KubeRequestSeen) => void): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

function notify(method: string, url: URL): void {
  if (!observers.size) return;
  const seen = { method, path: url.pathname, query: Object.fromEntries(url.searchParams) };
  for (const o of observers) o(seen);
}

async function prepare(kc: KubeConfig, path: string, query: KubeRequest['query'] = {}): Promise<Prepared> {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new KubeUnreachableError('the kubeconfig has no current cluster');
  const url = new URL(cluster.server.replace(/\/$/, '') + path);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  const options: https.RequestOptions = { headers: {} };
  // Fills in CA, client certificate, bearer token (incl. exec/OIDC plugins) and an agent.
  await kc.applyToHTTPSOptions(options);
  return { url, options };
}

function send(prepared: Prepared, method: string, headers: Record<string, string>): http.ClientRequest {
  const { url, options } = prepared;
  notify(method, url);
  const mod = url.protocol === 'http:' ? http : https;
  return mod.request(url, {
    ...options,
    method,
    headers: { ...(options.headers as Record<string, string>), ...headers },
  });
}

function statusError(statusCode: number, text: string, what: string): KubeApiError {
  let reason: string | undefined;
  let message = text.slice(0, 500);
  let causes: KubeStatusCause[] = [];
  try {
    const status = JSON.parse(text) as { reason?: string; message?: string; details?: { causes?: KubeStatusCause[] } };
    reason = status.reason;
    message = status.message ?? message;
    causes = status.details?.causes ?? [];
  } catch {
    /* not a Status object */
  }
  return new KubeApiError(statusCode, reason, `${what}: ${statusCode} ${message}`, message, causes);
}

/** One request/response to the API server; the JSON answer, or a KubeApiError/KubeUnreachableError. */
export async function kubeRequest<T = unknown>(kc: KubeConfig, req: KubeRequest): Promise<T> {
  const method = req.method ?? 'GET';
  const prepared = await prepare(kc, req.path, req.query);
  const headers: Record<string, string> = { accept: req.accept ?? 'application/json' };
  let body: string | undefined;
  if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers['content-type'] = req.contentType ?? (method === 'PATCH' ? 'application/merge-patch+json' : 'application/json');
  }
  const what = `${method} ${req.path}`;
  return new Promise<T>((resolve, reject) => {
    const r = send(prepared, method, headers);
    r.setTimeout(req.timeoutMs ?? 10_000, () => r.destroy(new KubeUnreachableError(`${what} timed out`)));
    r.on('error', (err) => reject(err instanceof KubeUnreachableError ? err : new KubeUnreachableError(`${what}: ${err.message}`, err)));
    r.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (err) => reject(new KubeUnreachableError(`${what}: ${err.message}`, err)));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const code = res.statusCode ?? 0;
        if (code < 200 || code >= 300) return reject(statusError(code, text, what));
        try {
          resolve((text ? JSON.parse(text) : undefined) as T);
        } catch (err) {
          reject(new KubeUnreachableError(`${what}: unparseable answer`, err));
        }
      });
    });
    r.end(body);
  });
}

export interface WatchEvent<T = unknown> {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: T;
}

export interface WatchHandle {
  /** Ends the connection; `onClose` is then called with no error. */
  abort(): void;
}

export interface WatchOptions {
  /** Close the connection when nothing (not even a bookmark) arrives for this long. */
  inactivityMs?: number;
  accept?: string;
  /** Called when the server accepted the watch (200 and headers received). */
  onOpen?: () => void;
}

export interface LineStreamOptions {
  /** Close the connection when nothing arrives for this long (0: never; a quiet log may be silent for hours). */
  inactivityMs?: number;
  accept?: string;
  /** Called when the server accepted the request (200 and headers received). */
  onOpen?: () => void;
  /**
   * The most a line may hold while its newline has not come: longer ones are handed over in
   * pieces of this size (`partial` true), so one endless line cannot grow memory without bound.
   */
  maxLineBytes?: number;
  /** Names the stream in errors ("WATCH /api/v1/pods"). */
  what?: string;
}

/**
 * One streamed GET whose answer is lines (a watch, a followed log). `onLine` gets each line in
 * order; `onClose` is called exactly once: when the server ends the stream (err undefined), on a
 * status error (KubeApiError, e.g. 410 Gone, 404) or when the connection breaks or the server
 * drops it mid-stream (KubeUnreachableError), never left hanging.
 */
export function kubeLineStream(
  kc: KubeConfig,
  path: string,
  query: KubeRequest['query'],
  onLine: (line: string, partial: boolean) => void,
  onClose: (err?: Error) => void,
  opts: LineStreamOptions = {},
): WatchHandle {
  let closed = false;
  let aborted = false;
  let request: http.ClientRequest | undefined;
  const close = (err?: Error) => {
    if (closed) return;
    closed = true;
    request?.destroy();
    onClose(aborted ? undefined : err);
  };
  const what = opts.what ?? `GET ${path}`;
  const maxLine = opts.maxLineBytes ?? 16 * 1024 * 1024;
  prepare(kc, path, query)
    .then((prepared) => {
      if (aborted) return close();
      const r = send(prepared, 'GET', { accept: opts.accept ?? 'application/json' });
      request = r;
      const idle = opts.inactivityMs ?? 0;
      if (idle > 0) r.setTimeout(idle, () => close(new KubeUnreachableError(`${what}: no data for ${idle} ms`)));
      r.on('error', (err) => close(new KubeUnreachableError(`${what}: ${err.message}`, err)));
      r.on('response', (res) => {
        const code = res.statusCode ?? 0;
        if (code !== 200) {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => close(statusError(code, Buffer.concat(chunks).toString('utf8'), what)));
          return;
        }
        opts.onOpen?.();
        let buffered = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffered += chunk;
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0 && !closed) {
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            onLine(line, false);
          }
          while (buffered.length > maxLine && !closed) {
            onLine(buffered.slice(0, maxLine), true);
            buffered = buffered.slice(maxLine);
          }
        });
        res.on('error', (err) => close(new KubeUnreachableError(`${what}: ${err.message}`, err)));
        res.on('aborted', () => close(new KubeUnreachableError(`${what}: connection aborted`)));
        res.on('end', () => close());
        res.on('close', () => close(res.complete ? undefined : new KubeUnreachableError(`${what}: connection closed mid-stream`)));
      });
      r.end();
    })
    .catch((err: Error) => close(err));
  return {
    abort() {
      aborted = true;
      close();
    },
  };
}

/**
 * Opens one watch connection (`?watch=true`). `onEvent` gets each event in order; `onClose`
 * is called exactly once, when the server ends the stream (err undefined), on a status error
 * (KubeApiError, e.g. 410 Gone) or when the connection breaks (KubeUnreachableError).
 */
export function kubeWatch<T>(
  kc: KubeConfig,
  path: string,
  query: KubeRequest['query'],
  onEvent: (ev: WatchEvent<T>) => void,
  onClose: (err?: Error) => void,
  opts: WatchOptions = {},
): WatchHandle {
  const what = `WATCH ${path}`;
  let failure: Error | undefined;
  // Called from the stream's callbacks, which come after `handle` is assigned.
  const fail = (err: Error) => {
    failure ??= err;
    handle.abort();
  };
  const handle: WatchHandle = kubeLineStream(
    kc,
    path,
    { ...query, watch: true },
    (raw, partial) => {
      if (failure) return;
      // An event over the line limit (16 MiB) is no object the API server would send.
      if (partial) return fail(new KubeUnreachableError(`${what}: an event larger than the line limit`));
      const line = raw.trim();
      if (!line) return;
      let ev: WatchEvent<T>;
      try {
        ev = JSON.parse(line) as WatchEvent<T>;
      } catch {
        return fail(new KubeUnreachableError(`${what}: unparseable event`));
      }
      onEvent(ev);
    },
    (err) => onClose(failure ?? err),
    { inactivityMs: opts.inactivityMs ?? 60_000, accept: opts.accept, onOpen: opts.onOpen, what },
  );
  return handle;
}
