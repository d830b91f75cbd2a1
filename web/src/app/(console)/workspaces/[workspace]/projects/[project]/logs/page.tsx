'use client';

import { useParams } from 'next/navigation';
import { LogSearchView } from '@/features/logs/log-search-view.tsx';

export default function ProjectLogsPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  return <LogSearchView key={project} workspace={workspace} project={project} />;
}
