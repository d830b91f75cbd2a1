'use client';

import Link from 'next/link';
import { useT } from '@/lib/i18n/index.tsx';

/** A URL naming no kind the console knows (or a cluster kind under a project): say so, link home. */
export function UnknownKind() {
  const t = useT();
  return (
    <section>
      <h1>{t('kinds.unknown')}</h1>
      <Link href="/">← {t('kinds.home')}</Link>
    </section>
  );
}
