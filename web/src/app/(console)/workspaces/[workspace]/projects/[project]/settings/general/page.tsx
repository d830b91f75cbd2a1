'use client';

import { useParams } from 'next/navigation';
import { ProjectGeneralView } from '@/features/tenants/project-general-view.tsx';

export default function ProjectGeneralPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  return <ProjectGeneralView key={`${workspace}/${project}`} workspace={workspace} project={project} />;
}
