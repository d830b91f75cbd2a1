import { useSyncExternalStore } from 'react';

/**
 * The signed-in session: kept in memory for speed and in localStorage so that a reload or a new
 * tab does not ask for the password again. A token past its expiry is dropped before it is ever
 * sent, so the console never bounces between "logged in" and the login page.
 */
export interface SessionUser {
  username: string;
  displayName?: string | null;
  platformRole?: string | null;
}

export interface Session {
  token: string;
  expiresAt: string | null;
  user: SessionUser;
  /** A first-run password: the console shows only the change-password dialog until it is changed. */
  mustChangePassword?: boolean;
}

const STORAGE_KEY = 'meridian.session';

let current: Session | null | undefined; // undefined = not read from storage yet
const listeners = new Set<() => void>();

function isExpired(s: Session): boolean {
  if (!s.expiresAt) return false;
  const t = Date.parse(s.expiresAt);
  return Number.isFinite(t) && t <= Date.now();
}

function readStored(): Session | null {
  if (typeof window === 'undefined') return null;
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s?.token || isExpired(s)) {
      window.localStorage.removeItem(STORAGE_KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  if (current === undefined) current = readStored();
  if (current && isExpired(current)) setSession(null);
  return current ?? null;
}

export function setSession(next: Session | null): void {
  if (next) endedByServer = false;
  current = next;
  if (typeof window !== 'undefined') {
    if (next) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else window.localStorage.removeItem(STORAGE_KEY);
  }
  for (const l of listeners) l();
}

let endedByServer = false;

/** Called when the API says the token is no longer good. Idempotent: many failing requests end one session. */
export function endSession(): void {
  if (getSession() !== null) {
    endedByServer = true;
    setSession(null);
  }
}

/** Whether the last session was ended by the server (expired, revoked) rather than by signing out. */
export function sessionEndedByServer(): boolean {
  return endedByServer;
}

export function signOut(): void {
  endedByServer = false;
  setSession(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab logging in or out changes this tab too.
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) {
      current = readStored();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, () => null);
}

/** The session a sign-in answered (login or finishOidcLogin: the same LoginResult fields). */
export function sessionFromLogin(data: { token: string; expiresAt: string; user: SessionUser; mustChangePassword: boolean }): Session {
  return { token: data.token, expiresAt: data.expiresAt, user: data.user, mustChangePassword: data.mustChangePassword };
}
