'use client';

import { useParams } from 'next/navigation';
import { RolesView } from '@/features/roles/roles-view.tsx';

export default function ProjectRolesPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  return <RolesView key={project} home={{ scope: 'PROJECT', workspace, project }} />;
}
