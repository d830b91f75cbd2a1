'use client';

import type { ReactNode } from 'react';
import { I18nProvider } from '@/lib/i18n/index.tsx';
import { ApiProvider } from '@/ui/api-provider.tsx';
import { ClientOnly } from '@/ui/client-only.tsx';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ClientOnly fallback={<div className="boot" aria-busy="true" />}>
      <I18nProvider>
        <ApiProvider>{children}</ApiProvider>
      </I18nProvider>
    </ClientOnly>
  );
}
