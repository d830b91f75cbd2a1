import { useSyncExternalStore } from 'react';

/** The state of the graphql-ws socket, for the "Live" indicator: it is live only when connected. */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'closed';

export interface SocketStatus {
  get: () => SocketState;
  set: (s: SocketState) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createSocketStatus(): SocketStatus {
  let state: SocketState = 'idle';
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (s) => {
      if (s === state) return;
      state = s;
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
