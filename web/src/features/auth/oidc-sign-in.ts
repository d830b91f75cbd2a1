/**
 * The browser's half of single sign-on: the state of the sign-in it started (sessionStorage, this
 * tab only) so the callback page accepts only an answer to its own request, and where to go after.
 */
const KEY = 'meridian.oidc';

export const callbackUri = () => `${window.location.origin}/login/oidc/callback`;

export function rememberSignIn(state: string, next: string): void {
  window.sessionStorage.setItem(KEY, JSON.stringify({ state, next }));
}

/** The started sign-in if `state` is its own (and forgets it: one use); null otherwise. */
export function takeSignIn(state: string | null): { next: string } | null {
  const raw = window.sessionStorage.getItem(KEY);
  window.sessionStorage.removeItem(KEY);
  if (!raw || !state) return null;
  try {
    const saved = JSON.parse(raw) as { state?: string; next?: string };
    return saved.state === state ? { next: saved.next ?? '/' } : null;
  } catch {
    return null;
  }
}
