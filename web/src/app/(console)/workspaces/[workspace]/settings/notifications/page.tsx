'use client';

import { useParams } from 'next/navigation';
import { ChannelsView } from '@/features/alerting/channels-view.tsx';

export default function WorkspaceNotificationsPage() {
  const { workspace } = useParams<{ workspace: string }>();
  return <ChannelsView key={workspace} workspace={workspace} />;
}
