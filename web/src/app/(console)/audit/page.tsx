'use client';

import { AuditView } from '@/features/audit/audit-view.tsx';

export default function AuditPage() {
  return <AuditView />;
}
