'use client';

import { useParams } from 'next/navigation';
import { AlertingView } from '@/features/alerting/alerting-view.tsx';

export default function ProjectAlertingPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  return <AlertingView key={project} place={{ kind: 'project', workspace, project }} />;
}
