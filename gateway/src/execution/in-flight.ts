/**
 * Shares one pending call among callers asking for exactly the same thing at the same time: the
 * first caller starts it, later callers with the same key wait for that same promise, and the
 * key is forgotten as soon as it settles (nothing is cached past the answer). What the key
 * must hold for sharing to be safe (subgraph, operation text, variables, caller's identity) is
 * the caller's business; see subgraphFetchKey.
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();
  /** Calls that found one already under way (for tests and metrics). */
  shared = 0;

  run(key: string, start: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key);
    if (existing) {
      this.shared++;
      return existing;
    }
    const started = start();
    this.pending.set(key, started);
    const forget = () => {
      if (this.pending.get(key) === started) this.pending.delete(key);
    };
    started.then(forget, forget);
    return started;
  }

  /** Calls under way right now. */
  get size(): number {
    return this.pending.size;
  }
}

/**
 * The key under which two subgraph fetches are the same fetch: same subgraph URL, same caller
 * (the full identity the gateway signs: user, grants, session, token, read-only flag), same
 * request body (operation text, operation name, variables including representations).
 */
export function subgraphFetchKey(url: string, identityScope: string, body: string): string {
  return `${url}\u0000${identityScope}\u0000${body}`;
}

const scopes = new WeakMap<object, string>();

/**
 * A string naming everything about a caller that can change a subgraph's answer: their whole
 * identity, serialized once per identity object (the gateway reuses one object per session
 * for the identity cache's lifetime). Grant tables are null-prototype objects; JSON.stringify
 * reads their own keys in insertion order, which tenancy's answer fixes for a session.
 */
export function identityScope(identity: object | undefined): string {
  if (!identity) return 'none';
  let scope = scopes.get(identity);
  if (scope === undefined) {
    scope = JSON.stringify(identity);
    scopes.set(identity, scope);
  }
  return scope;
}
