'use client';

import { useParams } from 'next/navigation';
import { KindDetailView } from '@/features/kinds/kind-detail-view.tsx';
import { UnknownKind } from '@/features/kinds/unknown-kind.tsx';
import { kindPageBySlug } from '@/features/kinds/kind-pages.ts';

export default function ClusterKindDetailPage() {
  const { kind, name } = useParams<{ kind: string; name: string }>();
  const page = kindPageBySlug(kind);
  if (!page?.cluster) return <UnknownKind />;
  const objectName = decodeURIComponent(name);
  return <KindDetailView key={`${kind}/${objectName}`} page={page} name={objectName} />;
}
