'use client';

import { Suspense } from 'react';
import { useParams } from 'next/navigation';
import { KindCreateView } from '@/features/kinds/kind-create-view.tsx';
import { UnknownKind } from '@/features/kinds/unknown-kind.tsx';
import { kindPageBySlug } from '@/features/kinds/kind-pages.ts';

export default function KindCreatePage() {
  const { workspace, project, kind } = useParams<{ workspace: string; project: string; kind: string }>();
  const page = kindPageBySlug(kind);
  if (!page || page.cluster) return <UnknownKind />;
  return (
    <Suspense>
      <KindCreateView key={`${project}/${kind}`} page={page} workspace={workspace} project={project} />
    </Suspense>
  );
}
