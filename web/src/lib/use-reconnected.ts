'use client';

import { useEffect, useRef } from 'react';
import { useSocket } from '@/ui/api-provider.tsx';

/**
 * Calls `then` (a stable callback) each time the subscription socket connects again after it was
 * lost: events were missed meanwhile, so what a page read before is read again. Not on mount, and
 * not for the socket's first connection.
 */
export function useReconnected(then: () => void): void {
  const { connects } = useSocket();
  const seen = useRef(connects);
  useEffect(() => {
    if (connects > 1 && connects !== seen.current) then();
    seen.current = connects;
  }, [connects, then]);
}
