'use client';

import { GroupMappingsView } from '@/features/sso/group-mappings-view.tsx';

export default function GroupMappingsPage() {
  return <GroupMappingsView />;
}
