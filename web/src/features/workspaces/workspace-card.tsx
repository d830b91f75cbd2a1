'use client';

import Link from 'next/link';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';

export const WorkspaceCardFragment = graphql(`
  fragment WorkspaceCard_workspace on Workspace {
    name
    displayName
  }
`);

export function WorkspaceCard(props: { workspace: FragmentType<typeof WorkspaceCardFragment> }) {
  const ws = getFragmentData(WorkspaceCardFragment, props.workspace);
  return (
    <Link href={`/workspaces/${ws.name}`} className="card" data-testid="workspace-card">
      <span className="card-title">{ws.displayName || ws.name}</span>
      <span className="card-sub">{ws.name}</span>
    </Link>
  );
}
