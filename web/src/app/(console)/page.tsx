'use client';

import { WorkspacesView } from '@/features/workspaces/workspaces-view.tsx';

export default function WorkspacesPage() {
  return <WorkspacesView />;
}
