'use client';

import { useParams } from 'next/navigation';
import { EditPipelineView } from '@/features/devops/pipeline-form-view.tsx';

export default function EditPipelinePage() {
  const { workspace, devops, pipeline } = useParams<{ workspace: string; devops: string; pipeline: string }>();
  return <EditPipelineView workspace={workspace} project={devops} pipeline={pipeline} />;
}
