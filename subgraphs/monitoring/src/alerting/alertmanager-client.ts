/**
 * Alertmanager's HTTP API v2 (alerts, silences) and its reload endpoint, with a timeout on every
 * call. Failures are thrown as Errors; resolvers turn them into UPSTREAM_UNAVAILABLE.
 */

export interface AmMatcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual?: boolean;
}

export interface AmSilence {
  id: string;
  matchers: AmMatcher[];
  startsAt: string;
  endsAt: string;
  createdBy: string;
  comment: string;
  status: { state: 'active' | 'pending' | 'expired' };
}

export interface AmAlert {
  labels: Record<string, string>;
  fingerprint: string;
  status: { state: 'active' | 'suppressed' | 'unprocessed'; silencedBy: string[] };
}

export class AlertmanagerClient {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 5000,
  ) {}

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`), { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    const text = await res.text();
    if (!res.ok) throw new Error(`Alertmanager answered ${res.status}: ${text.slice(0, 200)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** `filter`: label matchers such as `meridian_install="abc"`. */
  alerts(filter: string[]): Promise<AmAlert[]> {
    const q = new URLSearchParams(filter.map((f) => ['filter', f]));
    return this.call(`api/v2/alerts?${q}`);
  }

  silences(filter: string[]): Promise<AmSilence[]> {
    const q = new URLSearchParams(filter.map((f) => ['filter', f]));
    return this.call(`api/v2/silences?${q}`);
  }

  silence(id: string): Promise<AmSilence> {
    return this.call(`api/v2/silence/${encodeURIComponent(id)}`);
  }

  async createSilence(s: { matchers: AmMatcher[]; startsAt: string; endsAt: string; createdBy: string; comment: string }): Promise<string> {
    const answer = await this.call<{ silenceID: string }>('api/v2/silences', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(s) });
    return answer.silenceID;
  }

  async expireSilence(id: string): Promise<void> {
    await this.call(`api/v2/silence/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  async reload(): Promise<void> {
    await this.call('-/reload', { method: 'POST' });
  }
}
