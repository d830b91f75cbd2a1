'use client';

import { useParams } from 'next/navigation';
import { LogSearchView } from '@/features/logs/log-search-view.tsx';

export default function WorkspaceLogsPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <LogSearchView key={workspace} workspace={workspace} />;
}
