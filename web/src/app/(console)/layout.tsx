'use client';

import type { ReactNode } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { AuthGate } from '../../components/AuthGate.tsx';

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <AuthGate>
      <AppShell>{children}</AppShell>
    </AuthGate>
  );
}
