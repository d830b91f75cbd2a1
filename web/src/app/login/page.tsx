'use client';

import { LoginForm } from '@/features/auth/login-form.tsx';

export default function LoginPage() {
  return <LoginForm />;
}
