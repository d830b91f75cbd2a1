'use client';

import { ApiTokensView } from '@/features/account/api-tokens-view.tsx';

export default function ApiTokensPage() {
  return <ApiTokensView />;
}
