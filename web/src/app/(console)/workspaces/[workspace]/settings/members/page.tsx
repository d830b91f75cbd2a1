'use client';

import { useParams } from 'next/navigation';
import { MembersView } from '@/features/roles/members-view.tsx';

export default function WorkspaceMembersPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <MembersView key={workspace} home={{ scope: 'WORKSPACE', workspace }} />;
}
