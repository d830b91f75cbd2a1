'use client';

import { useParams } from 'next/navigation';
import { ProjectMonitoringView } from '@/features/monitoring/dashboard-views.tsx';

export default function ProjectMonitoringPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  return <ProjectMonitoringView key={project} workspace={workspace} project={project} />;
}
