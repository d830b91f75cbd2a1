/**
 * A client for Prometheus' HTTP API (`/api/v1/query`, `/api/v1/query_range`), with a timeout
 * on every call. Any failure — refused, timed out, or an error answer — is thrown as an Error;
 * resolvers wrap calls in `fromUpstream('Prometheus', …)` so clients see UPSTREAM_UNAVAILABLE
 * on the one field that needed Prometheus.
 */

export interface InstantSample {
  labels: Record<string, string>;
  /** Unix seconds. */
  time: number;
  value: number;
}

export interface RangeSeries {
  labels: Record<string, string>;
  samples: { time: number; value: number }[];
}

interface ApiAnswer<T> {
  status: 'success' | 'error';
  data?: T;
  errorType?: string;
  error?: string;
}

type VectorData = { resultType: 'vector'; result: { metric: Record<string, string>; value: [number, string] }[] };
type MatrixData = { resultType: 'matrix'; result: { metric: Record<string, string>; values: [number, string][] }[] };

export class PrometheusClient {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 5000,
  ) {}

  private async call<T>(path: string, params: Record<string, string>): Promise<T> {
    const url = new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`);
    const res = await fetch(url, {
      method: 'POST', // queries can be long; POST keeps them out of URL length limits
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    let answer: ApiAnswer<T>;
    try {
      answer = (await res.json()) as ApiAnswer<T>;
    } catch {
      throw new Error(`Prometheus answered ${res.status} without JSON`);
    }
    if (answer.status !== 'success' || !answer.data) {
      throw new Error(`Prometheus ${answer.errorType ?? res.status}: ${answer.error ?? 'no data'}`);
    }
    return answer.data;
  }

  async query(promql: string, time?: Date): Promise<InstantSample[]> {
    const params: Record<string, string> = { query: promql, timeout: `${Math.ceil(this.timeoutMs / 1000)}s` };
    if (time) params.time = String(time.getTime() / 1000);
    const data = await this.call<VectorData>('api/v1/query', params);
    return data.result.map((r) => ({ labels: r.metric, time: r.value[0], value: Number(r.value[1]) }));
  }

  async queryRange(promql: string, start: Date, end: Date, stepSeconds: number): Promise<RangeSeries[]> {
    const data = await this.call<MatrixData>('api/v1/query_range', {
      query: promql,
      start: String(start.getTime() / 1000),
      end: String(end.getTime() / 1000),
      step: String(stepSeconds),
      timeout: `${Math.ceil(this.timeoutMs / 1000)}s`,
    });
    return data.result.map((r) => ({ labels: r.metric, samples: r.values.map(([t, v]) => ({ time: t, value: Number(v) })) }));
  }

  /** For /healthz: does Prometheus answer its readiness endpoint? */
  async ready(): Promise<void> {
    const res = await fetch(new URL('-/ready', this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`), { signal: AbortSignal.timeout(2000) });
    if (!res.ok) throw new Error(`Prometheus /-/ready answered ${res.status}`);
  }
}
