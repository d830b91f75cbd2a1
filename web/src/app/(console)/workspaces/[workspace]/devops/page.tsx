'use client';

import { useParams } from 'next/navigation';
import { DevOpsProjectsView } from '@/features/devops/devops-projects-view.tsx';

export default function DevOpsProjectsPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <DevOpsProjectsView workspace={workspace} />;
}
