'use client';

import { useParams } from 'next/navigation';
import { ProjectQuotasView } from '@/features/project-settings/project-quotas-view.tsx';

export default function ProjectQuotasPage() {
  const { project } = useParams<{ project: string }>();
  return <ProjectQuotasView key={project} project={project} />;
}
