'use client';

import { useParams } from 'next/navigation';
import { KindDetailView } from '@/features/kinds/kind-detail-view.tsx';
import { UnknownKind } from '@/features/kinds/unknown-kind.tsx';
import { kindPageBySlug } from '@/features/kinds/kind-pages.ts';

export default function KindDetailPage() {
  const { workspace, project, kind, name } = useParams<{ workspace: string; project: string; kind: string; name: string }>();
  const page = kindPageBySlug(kind);
  if (!page || page.cluster) return <UnknownKind />;
  const objectName = decodeURIComponent(name);
  return <KindDetailView key={`${project}/${kind}/${objectName}`} page={page} workspace={workspace} project={project} name={objectName} />;
}
