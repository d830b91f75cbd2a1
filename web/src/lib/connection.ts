import { useSyncExternalStore } from 'react';

/** The state of the graphql-ws socket, for the "Live" indicator: it is live only when connected. */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'closed';

export interface SocketStatus {
  get: () => SocketState;
  set: (s: SocketState) => void;
  /** How many times the socket has connected; a number above 1 means it reconnected. */
  connects: () => number;
  subscribe: (listener: () => void) => () => void;
}

export function createSocketStatus(): SocketStatus {
  let state: SocketState = 'idle';
  let connects = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    connects: () => connects,
    set: (s) => {
      if (s === state) return;
      state = s;
      if (s === 'connected') connects++;
      for (const l of listeners) l();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export function useSocketState(status: SocketStatus): SocketState {
  return useSyncExternalStore(status.subscribe, status.get, () => 'idle');
}

export function useSocketConnects(status: SocketStatus): number {
  return useSyncExternalStore(status.subscribe, status.connects, () => 0);
}
