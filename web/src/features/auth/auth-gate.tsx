'use client';

import { useEffect, type ReactNode } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { sessionEndedByServer, useSession } from '@/lib/session.ts';

/**
 * Console pages need a session. Without one, go to the login page exactly once, remembering
 * where the user was. The login page itself never runs authenticated queries, so an expired
 * token cannot bounce the user back and forth.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (session && !session.mustChangePassword) return;
    const params = new URLSearchParams({ next: pathname + window.location.search });
    if (sessionEndedByServer()) params.set('expired', '1');
    router.replace(`/login?${params}`);
  }, [session, pathname, router]);

  return session && !session.mustChangePassword ? children : null;
}
