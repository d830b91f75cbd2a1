'use client';

import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/index.tsx';
import { ApiProvider } from './ApiProvider.tsx';
import { ClientOnly } from './ClientOnly.tsx';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ClientOnly fallback={<div className="boot" aria-busy="true" />}>
      <I18nProvider>
        <ApiProvider>{children}</ApiProvider>
      </I18nProvider>
    </ClientOnly>
  );
}
