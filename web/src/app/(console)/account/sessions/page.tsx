'use client';

import { SessionsView } from '@/features/account/sessions-view.tsx';

export default function SessionsPage() {
  return <SessionsView />;
}
