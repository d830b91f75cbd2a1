import { Pool, errors as undiciErrors } from 'undici';

/** One subgraph's answer, as bytes decoded to text: each caller parses its own copy. */
export interface SubgraphAnswer {
  status: number;
  contentType: string | undefined;
  cacheControl: string | undefined;
  text: string;
}

export interface SubgraphPoolOptions {
  /** Most sockets open to the subgraph at once (requests beyond wait in the pool's queue). */
  connections?: number;
  /** No response headers (or no body progress) by then: the subgraph counts as unavailable. 0: no limit. */
  timeoutMs?: number;
}

const DEFAULT_CONNECTIONS = Number(process.env.MERIDIAN_SUBGRAPH_CONNECTIONS ?? 64);

/** A socket that the subgraph closed while we were about to reuse it (a restart, its idle timeout). */
function isStaleSocket(err: unknown): boolean {
  if (err instanceof undiciErrors.SocketError) return true;
  const code = (err as { code?: string } | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET';
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

/**
 * Keep-alive HTTP/1.1 connections to one subgraph (undici Pool; no pipelining: one request per
 * socket at a time, so a slow answer never holds up the ones behind it). The stock data source
 * opened a request through make-fetch-happen's agent stack, which cost more CPU than the rest of
 * a subgraph call together.
 */
export class SubgraphPool {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    readonly url: string,
    opts: SubgraphPoolOptions = {},
  ) {
    const parsed = new URL(url);
    this.path = `${parsed.pathname}${parsed.search}`;
    const timeout = opts.timeoutMs ?? 30_000;
    this.pool = new Pool(parsed.origin, {
      connections: opts.connections ?? DEFAULT_CONNECTIONS,
      pipelining: 1,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      connect: { timeout: timeout > 0 ? Math.min(timeout, 10_000) : 10_000 },
    });
  }

  /**
   * POSTs one JSON body. `retryStale`: a request that found its kept-alive socket closed by the
   * subgraph (it restarted) is sent once more on a fresh one; only for operations that are safe
   * to repeat (queries), since the subgraph may have acted on the first before closing.
   */
  async post(body: string, headers: Record<string, string>, retryStale: boolean): Promise<SubgraphAnswer> {
    try {
      return await this.send(body, headers);
    } catch (err) {
      if (!retryStale || !isStaleSocket(err)) throw err;
      return this.send(body, headers);
    }
  }

  private async send(body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
    const res = await this.pool.request({
      path: this.path,
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    const text = await res.body.text();
    return {
      status: res.statusCode,
      contentType: headerValue(res.headers['content-type']),
      cacheControl: headerValue(res.headers['cache-control']),
      text,
    };
  }

  /** Open sockets, for tests and metrics. */
  get connected(): number {
    return this.pool.stats.connected;
  }

  async close(): Promise<void> {
    await this.pool.close().catch(() => this.pool.destroy());
  }
}
