'use client';

import { useParams } from 'next/navigation';
import { WorkspaceGeneralView } from '@/features/tenants/workspace-general-view.tsx';

export default function WorkspaceGeneralPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <WorkspaceGeneralView key={workspace} workspace={workspace} />;
}
