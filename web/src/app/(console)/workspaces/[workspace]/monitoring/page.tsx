'use client';

import { useParams } from 'next/navigation';
import { WorkspaceMonitoringView } from '@/features/monitoring/dashboard-views.tsx';

export default function WorkspaceMonitoringPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <WorkspaceMonitoringView key={workspace} workspace={workspace} />;
}
