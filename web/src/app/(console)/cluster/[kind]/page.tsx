'use client';

import { useParams } from 'next/navigation';
import { KindListView } from '@/features/kinds/kind-list-view.tsx';
import { UnknownKind } from '@/features/kinds/unknown-kind.tsx';
import { kindPageBySlug } from '@/features/kinds/kind-pages.ts';

export default function ClusterKindListPage() {
  const { kind } = useParams<{ kind: string }>();
  const page = kindPageBySlug(kind);
  if (!page?.cluster) return <UnknownKind />;
  return <KindListView key={kind} page={page} />;
}
