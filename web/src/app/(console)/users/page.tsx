'use client';

import { UsersView } from '@/features/users/users-view.tsx';

export default function UsersPage() {
  return <UsersView />;
}
