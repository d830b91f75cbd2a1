/**
 * The devops lists held whole in memory for a request, paged with the core toolkit like every
 * list of the API (keyset cursors bound to the list and its order, `first` 1..500, a name
 * filter, NAME or CREATED_AT): a workspace's DevOps projects (from the shared namespace watch)
 * and a project's credentials (one Jenkins call; the store has no paging of its own).
 */
import { holdsInProject, requireUser, workspaceAccess } from '@meridian/core';
import { allOf, nameContains, pageOfIndex, pageSize, sortedArraySource, type SortKey, type SortOrder } from '@meridian/core/paging/index';
import type { DevOpsProjectResolvers, DevOpsSort, QueryResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { fromJenkins } from '../upstream.ts';
import { JenkinsNotFoundError } from '../sources/jenkins.ts';
import { listCredentials } from '../sources/jenkins-credentials.ts';
import type { DevOpsProjectRow } from '../sources/devops-projects.ts';

const orderOf = (sort: DevOpsSort | null | undefined): SortOrder => ({ field: sort?.field ?? 'NAME', direction: sort?.direction ?? 'ASC' });

export const devopsProjects: QueryResolvers<DevOpsContext>['devopsProjects'] = async (_parent, args, ctx) => {
  const id = requireUser(ctx.identity);
  // A workspace the caller may not see is NOT_FOUND, like one that does not exist.
  await workspaceAccess(id, ctx.sources.projects.namespaces, args.workspace).view();
  const order = orderOf(args.sort);
  const key = order.field === 'CREATED_AT' ? (p: DevOpsProjectRow): SortKey => [p.createdMs, p.name] : (p: DevOpsProjectRow): SortKey => [p.name, p.name];
  return pageOfIndex(sortedArraySource(await ctx.sources.projects.inWorkspace(args.workspace), key), {
    list: `devopsProjects:${args.workspace}`,
    order,
    first: args.first,
    after: args.after,
    // Projects without view-pipelines are not there for this caller, on any page or in the count.
    filter: allOf<DevOpsProjectRow>((p) => holdsInProject(id, 'view-pipelines', p.name, p.workspace ?? undefined), nameContains(args.filter?.name, (p) => p.name)),
  });
};

type CredentialRow = Awaited<ReturnType<typeof listCredentials>>[number] & { project: string; position: number };

export const credentials: DevOpsProjectResolvers<DevOpsContext>['credentials'] = async (project, args, { sources: { jenkins } }) => {
  pageSize(args.first); // a bad page size is BAD_USER_INPUT before Jenkins is asked
  const list = await fromJenkins(null, () => listCredentials(jenkins, project.name).catch((err: unknown) => (err instanceof JenkinsNotFoundError ? [] : Promise.reject(err))));
  const rows: CredentialRow[] = list.map((c, position) => ({ ...c, project: project.name, position }));
  const order = orderOf(args.sort);
  // CREATED_AT is the store's own order (Jenkins appends new credentials). Its cursor holds the
  // position: a credential deleted between two pages moves the later ones up by one.
  const key = order.field === 'CREATED_AT' ? (c: CredentialRow): SortKey => [c.position, c.id] : (c: CredentialRow): SortKey => [c.id, c.id];
  return pageOfIndex(sortedArraySource(rows, key), {
    list: `credentials:${project.name}`,
    order,
    first: args.first,
    after: args.after,
    filter: nameContains(args.filter?.id, (c) => c.id),
  });
};
