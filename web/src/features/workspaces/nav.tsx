'use client';

import Link from 'next/link';
import { useQuery } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { NavItem, NavPlace } from '@/ui/nav.ts';
import { WorkspacesQuery } from '@/features/workspaces/operations.ts';

export const WorkspaceNavEntryFragment = graphql(`
  fragment WorkspaceNavEntry_workspace on Workspace {
    name
    displayName
  }
`);

function WorkspaceNavEntry(props: { workspace: FragmentType<typeof WorkspaceNavEntryFragment>; active: boolean }) {
  const ws = getFragmentData(WorkspaceNavEntryFragment, props.workspace);
  return (
    <li>
      <Link href={`/workspaces/${ws.name}`} className={props.active ? 'active' : ''} data-testid="nav-workspace">
        {ws.displayName || ws.name}
      </Link>
    </li>
  );
}

/** The caller's workspaces under "All workspaces". */
function WorkspaceNavEntries({ place }: { place: NavPlace }) {
  const t = useT();
  const [res] = useQuery({ query: WorkspacesQuery, variables: {} });
  if (res.fetching && !res.data) return <div className="muted sub pad">{t('common.loading')}</div>;
  return (
    <ul className="sub">
      {res.data?.workspaces?.edges.map(({ node }) => (
        <WorkspaceNavEntry key={node.name} workspace={node} active={node.name === place.workspace} />
      ))}
    </ul>
  );
}

export const workspacesNav: NavItem[] = [
  {
    id: 'workspaces',
    section: 'nav.workspaces',
    label: 'nav.allWorkspaces',
    icon: '▦',
    href: () => '/',
    visible: () => true,
    Entries: WorkspaceNavEntries,
  },
];
