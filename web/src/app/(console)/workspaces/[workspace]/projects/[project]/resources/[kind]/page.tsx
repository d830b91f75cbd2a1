'use client';

import { useParams } from 'next/navigation';
import { KindListView } from '@/features/kinds/kind-list-view.tsx';
import { UnknownKind } from '@/features/kinds/unknown-kind.tsx';
import { kindPageBySlug } from '@/features/kinds/kind-pages.ts';

export default function KindListPage() {
  const { workspace, project, kind } = useParams<{ workspace: string; project: string; kind: string }>();
  const page = kindPageBySlug(kind);
  if (!page || page.cluster) return <UnknownKind />;
  return <KindListView key={`${project}/${kind}`} page={page} workspace={workspace} project={project} />;
}
