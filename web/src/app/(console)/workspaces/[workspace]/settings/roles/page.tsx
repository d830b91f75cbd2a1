'use client';

import { useParams } from 'next/navigation';
import { RolesView } from '@/features/roles/roles-view.tsx';

export default function WorkspaceRolesPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <RolesView key={workspace} home={{ scope: 'WORKSPACE', workspace }} />;
}
