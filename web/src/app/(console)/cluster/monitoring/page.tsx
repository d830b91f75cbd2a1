'use client';

import { ClusterMonitoringView } from '@/features/monitoring/dashboard-views.tsx';

export default function ClusterMonitoringPage() {
  return <ClusterMonitoringView />;
}
