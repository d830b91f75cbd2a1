'use client';

import { useParams } from 'next/navigation';
import { ProjectsView } from '@/features/projects/projects-view.tsx';

export default function WorkspacePage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <ProjectsView workspace={workspace} />;
}
