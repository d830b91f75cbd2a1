'use client';

import { useParams } from 'next/navigation';
import { ProjectView } from '@/features/workloads/project-view.tsx';

export default function ProjectPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  // Keyed by project: another project starts with a fresh table, paging and live state.
  return <ProjectView key={project} workspace={workspace} project={project} />;
}
