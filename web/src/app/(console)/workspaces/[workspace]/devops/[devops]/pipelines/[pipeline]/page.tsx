'use client';

import { useParams } from 'next/navigation';
import { PipelineView } from '@/features/devops/pipeline-view.tsx';

export default function PipelinePage() {
  const { workspace, devops, pipeline } = useParams<{ workspace: string; devops: string; pipeline: string }>();
  return <PipelineView workspace={workspace} project={devops} pipeline={pipeline} />;
}
