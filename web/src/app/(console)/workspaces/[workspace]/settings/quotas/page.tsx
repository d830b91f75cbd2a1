'use client';

import { useParams } from 'next/navigation';
import { WorkspaceQuotasView } from '@/features/workspace-settings/workspace-quotas-view.tsx';

export default function WorkspaceQuotasPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <WorkspaceQuotasView key={workspace} workspace={workspace} />;
}
