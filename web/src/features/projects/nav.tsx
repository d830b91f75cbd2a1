'use client';

import Link from 'next/link';
import { useQuery } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { NavItem, NavPlace } from '@/ui/nav.ts';
import { WorkspaceProjectsQuery } from '@/features/projects/operations.ts';

export const ProjectNavEntryFragment = graphql(`
  fragment ProjectNavEntry_project on Project {
    name
    displayName
  }
`);

function ProjectNavEntry(props: { workspace: string; project: FragmentType<typeof ProjectNavEntryFragment>; active: boolean }) {
  const p = getFragmentData(ProjectNavEntryFragment, props.project);
  return (
    <li>
      <Link href={`/workspaces/${props.workspace}/projects/${p.name}`} className={props.active ? 'active' : ''}>
        {p.displayName || p.name}
      </Link>
    </li>
  );
}

/** The open workspace's projects under "All projects". */
function ProjectNavEntries({ place }: { place: NavPlace }) {
  const t = useT();
  const workspace = place.workspace ?? '';
  const [res] = useQuery({ query: WorkspaceProjectsQuery, variables: { name: workspace }, pause: !workspace });
  const projects = res.data?.workspace?.projects?.edges ?? [];
  if (res.fetching && !res.data) return <div className="muted sub pad">{t('common.loading')}</div>;
  if (projects.length === 0) return <div className="muted sub pad">{t('nav.noProjects')}</div>;
  return (
    <ul className="sub">
      {projects.map(({ node }) => (
        <ProjectNavEntry key={node.name} workspace={workspace} project={node} active={node.name === place.project} />
      ))}
    </ul>
  );
}

export const projectsNav: NavItem[] = [
  {
    id: 'projects',
    section: 'nav.projects',
    label: 'nav.allProjects',
    icon: '▣',
    // A workspace's projects: listed once a workspace is open.
    href: (place) => (place.workspace ? `/workspaces/${place.workspace}` : null),
    visible: () => true,
    Entries: ProjectNavEntries,
  },
];
