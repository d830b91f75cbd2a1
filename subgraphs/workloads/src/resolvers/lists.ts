import { allOf, labelSelectorFilter, mapNodes, nameContains, pageOfIndex, type SortOrder } from '@meridian/core/paging/index';
import type { NamespaceIndex } from '@meridian/core/kube/index';
import type { DeploymentFilter, PodFilter, WorkloadSort } from '../generated/resolvers.ts';
import { podPhase, toDeployment, toPod } from '../model.ts';
import type { Deployment, Pod } from '../sources/kube.ts';

/**
 * Pages of pods and deployments from a namespace's pre-sorted cache index. Filters are applied
 * while walking from the cursor, so a page costs about (page size / match rate) steps, and the
 * objects are converted to their GraphQL shape only for the page actually returned.
 */

export function sortOrder(sort: WorkloadSort | null | undefined): SortOrder {
  return { field: sort?.field ?? 'NAME', direction: sort?.direction ?? 'ASC' };
}

const podName = (p: Pod) => p.metadata?.name ?? '';
const podLabels = (p: Pod) => p.metadata?.labels;

export function podPredicate(filter: PodFilter | null | undefined, extra?: (p: Pod) => boolean) {
  return allOf<Pod>(
    extra,
    nameContains(filter?.name, podName),
    labelSelectorFilter(filter?.labelSelector, podLabels),
    !!filter?.phase && ((p: Pod) => podPhase(p) === filter.phase),
    !!filter?.node && ((p: Pod) => p.spec?.nodeName === filter.node),
  );
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
  sort?: WorkloadSort | null;
}

export function podPage(index: NamespaceIndex<Pod>, args: PageArgs & { filter?: PodFilter | null }, extra?: (p: Pod) => boolean) {
  const page = pageOfIndex(index, { list: 'pods', first: args.first, after: args.after, order: sortOrder(args.sort), filter: podPredicate(args.filter, extra) });
  return mapNodes(page, toPod);
}

export function deploymentPage(index: NamespaceIndex<Deployment>, args: PageArgs & { filter?: DeploymentFilter | null }) {
  const filter = allOf<Deployment>(
    nameContains(args.filter?.name, (d) => d.metadata?.name ?? ''),
    labelSelectorFilter(args.filter?.labelSelector, (d) => d.metadata?.labels),
  );
  const page = pageOfIndex(index, { list: 'deployments', first: args.first, after: args.after, order: sortOrder(args.sort), filter });
  return mapNodes(page, toDeployment);
}
