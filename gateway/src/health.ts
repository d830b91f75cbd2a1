/**
 * The gateway's /healthz: itself plus each subgraph's own /healthz (which in turn reports that
 * subgraph's backends). Degraded, not down, when a subgraph is unhealthy: the gateway still
 * serves partial data.
 */
export async function subgraphHealth(urls: Record<string, string>, timeoutMs = 2_000) {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const healthUrl = new URL('/healthz', url).href;
      try {
        const res = await fetch(healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
        const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        return [name, { status: res.ok ? 'ok' : String(body.status ?? `HTTP ${res.status}`), ...body, service: name }] as const;
      } catch (err) {
        return [name, { status: 'down', service: name, error: err instanceof Error ? err.message : String(err) }] as const;
      }
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  const ok = entries.every(([, h]) => h.status === 'ok');
  return { ok, body: { status: ok ? 'ok' : 'degraded', service: 'gateway', subgraphs } };
}
