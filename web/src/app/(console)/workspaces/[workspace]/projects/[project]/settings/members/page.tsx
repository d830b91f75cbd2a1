'use client';

import { useParams } from 'next/navigation';
import { MembersView } from '@/features/roles/members-view.tsx';

export default function ProjectMembersPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  return <MembersView key={project} home={{ scope: 'PROJECT', workspace, project }} />;
}
