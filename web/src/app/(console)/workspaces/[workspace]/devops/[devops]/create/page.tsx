'use client';

import { useParams } from 'next/navigation';
import { CreatePipelineView } from '@/features/devops/pipeline-form-view.tsx';

export default function CreatePipelinePage() {
  const { workspace, devops } = useParams<{ workspace: string; devops: string }>();
  return <CreatePipelineView workspace={workspace} project={devops} />;
}
