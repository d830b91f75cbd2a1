'use client';

import { OidcCallback } from '@/features/auth/oidc-callback.tsx';

export default function OidcCallbackPage() {
  return <OidcCallback />;
}
