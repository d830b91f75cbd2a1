'use client';

import { useEffect, useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createApiClient } from '../lib/client.ts';
import { useSession } from '../lib/session.ts';

/** A fresh client (and cache, and socket) per session, so nothing of one user leaks to the next. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const token = useSession()?.token ?? null;
  const api = useMemo(() => createApiClient(token), [token]);
  useEffect(() => api.dispose, [api]);
  return <Provider value={api.urql}>{children}</Provider>;
}
