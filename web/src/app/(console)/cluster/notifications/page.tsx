'use client';

import { ChannelsView } from '@/features/alerting/channels-view.tsx';

export default function PlatformNotificationsPage() {
  return <ChannelsView workspace={null} />;
}
