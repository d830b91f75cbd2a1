'use client';

import { ClusterAlertingView } from '@/features/alerting/cluster-alerting-view.tsx';

export default function ClusterAlertingPage() {
  return <ClusterAlertingView />;
}
