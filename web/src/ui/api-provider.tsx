'use client';

import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createApiClient } from '@/lib/client.ts';
import { useSession } from '@/lib/session.ts';
import { createSocketStatus, useSocketConnects, useSocketState, type SocketStatus } from '@/lib/connection.ts';

const SocketContext = createContext<SocketStatus>(createSocketStatus());

/** Whether the subscription socket of the current session is connected. */
export function useSocket() {
  const status = useContext(SocketContext);
  return { state: useSocketState(status), connects: useSocketConnects(status) };
}

/** A fresh client (and cache, and socket) per session, so nothing of one user leaks to the next. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const token = useSession()?.token ?? null;
  const api = useMemo(() => createApiClient(token), [token]);
  useEffect(() => api.dispose, [api]);
  return (
    <Provider value={api.urql}>
      <SocketContext.Provider value={api.socket}>{children}</SocketContext.Provider>
    </Provider>
  );
}
