'use client';

import type { ReactNode } from 'react';
import { AppShell } from '@/ui/app-shell.tsx';
import { AuthGate } from '@/features/auth/auth-gate.tsx';
import { AccountMenu } from '@/features/account/account-menu.tsx';
import { useViewer } from '@/features/account/use-viewer.ts';
import { NAV } from '@/features/nav.ts';

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <AuthGate>
      <Console>{children}</Console>
    </AuthGate>
  );
}

/** Rendered only with a session (the gate), so the viewer query never runs signed out. */
function Console({ children }: { children: ReactNode }) {
  const { capabilities } = useViewer();
  return (
    <AppShell nav={NAV} capabilities={capabilities} account={<AccountMenu />}>
      {children}
    </AppShell>
  );
}
