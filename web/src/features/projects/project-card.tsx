'use client';

import Link from 'next/link';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';

export const ProjectCardFragment = graphql(`
  fragment ProjectCard_project on Project {
    name
    displayName
  }
`);

export function ProjectCard(props: { workspace: string; project: FragmentType<typeof ProjectCardFragment> }) {
  const p = getFragmentData(ProjectCardFragment, props.project);
  return (
    <Link href={`/workspaces/${props.workspace}/projects/${p.name}`} className="card" data-testid="project-card">
      <span className="card-title">{p.displayName || p.name}</span>
      <span className="card-sub">{p.name}</span>
    </Link>
  );
}
