'use client';

import { useParams } from 'next/navigation';
import { DevOpsProjectView } from '@/features/devops/devops-project-view.tsx';

export default function DevOpsProjectPage() {
  const { workspace, devops } = useParams<{ workspace: string; devops: string }>();
  return <DevOpsProjectView workspace={workspace} project={devops} />;
}
