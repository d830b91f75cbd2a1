import { badInput } from '@meridian/core';
import { allOf, labelSelectorFilter, mapNodes, nameContains, pageOfIndex, type SortOrder } from '@meridian/core/paging/index';
import { Kinds, type KindDescriptor, type KindFilter, type KubeObject, type NamespaceIndex } from '@meridian/core/kube/index';
import type { DeploymentFilter, KubeObjectFilter, PodFilter, WorkloadSort } from '../generated/resolvers.ts';
import { listedView, podPhase, toDeployment, toPod } from '../model.ts';
import type { Deployment, Pod } from '../sources/kube.ts';

/**
 * Pages of any kind from a namespace's pre-sorted cache index. Filters are applied while
 * walking from the cursor, so a page costs about (page size / match rate) steps, and objects
 * are converted to their GraphQL shape only for the page actually returned. What a kind may be
 * filtered and sorted by is its module's `filters` / `sortKeys` (kinds/<kind>.ts).
 */

export function sortOrder(sort: WorkloadSort | null | undefined, kind?: KindDescriptor): SortOrder {
  const field = sort?.field ?? 'NAME';
  if (kind && !kind.sortKeys.includes(field)) throw badInput(`${kind.kind} lists sort by ${kind.sortKeys.join(', ')}, not ${field}.`, 'sort.field');
  return { field, direction: sort?.direction ?? 'ASC' };
}

const nameOf = (o: KubeObject) => o.metadata?.name ?? '';
const labelsOf = (o: KubeObject) => o.metadata?.labels;

/** `name` or `Kind/name` of the controlling owner (or the first owner). */
function ownerMatches(owner: string): (o: KubeObject) => boolean {
  const [kind, name] = owner.includes('/') ? owner.split('/', 2) : [undefined, owner];
  return (o) => {
    const refs = o.metadata?.ownerReferences ?? [];
    const ref = refs.find((r) => r.controller) ?? refs[0];
    return !!ref && ref.name === name && (!kind || ref.kind === kind);
  };
}

type AnyFilter = Partial<Record<KindFilter, string | null>>;

/** The filter of a kind's list; BAD_USER_INPUT for a filter the kind does not have. */
export function objectPredicate(kind: KindDescriptor, filter: AnyFilter | null | undefined, extra?: (o: KubeObject) => boolean) {
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value !== null && value !== undefined && value !== '' && !kind.filters.includes(key as KindFilter) && key !== 'phase') {
      throw badInput(`${kind.kind} lists cannot be filtered by ${key} (they take ${kind.filters.join(', ')}).`, `filter.${key}`);
    }
  }
  return allOf<KubeObject>(
    extra,
    nameContains(filter?.name, nameOf),
    labelSelectorFilter(filter?.labelSelector, labelsOf),
    !!filter?.status && ((o: KubeObject) => kind.status(o).status === filter.status),
    !!filter?.owner && ownerMatches(filter.owner),
    !!filter?.node && ((o: KubeObject) => kind.nodeOf?.(o) === filter.node),
  );
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  sort?: WorkloadSort | null;
}

/** A page of any kind as its GraphQL type (list items: never Secret content). */
export function objectPage(kind: KindDescriptor, index: NamespaceIndex<KubeObject>, args: PageArgs & { filter?: KubeObjectFilter | null }) {
  const page = pageOfIndex(index, { list: kind.plural, first: args.first, after: args.after, order: sortOrder(args.sort, kind), filter: objectPredicate(kind, args.filter) });
  return mapNodes(page, (o) => listedView(kind, o));
}

export function podPredicate(filter: PodFilter | null | undefined, extra?: (p: Pod) => boolean) {
  return allOf<Pod>(objectPredicate(Kinds.Pod, filter, extra as (o: KubeObject) => boolean), !!filter?.phase && ((p: Pod) => podPhase(p) === filter.phase));
}

export function podPage(index: NamespaceIndex<Pod>, args: PageArgs & { filter?: PodFilter | null }, extra?: (p: Pod) => boolean) {
  const page = pageOfIndex(index, { list: 'pods', first: args.first, after: args.after, order: sortOrder(args.sort, Kinds.Pod), filter: podPredicate(args.filter, extra) });
  return mapNodes(page, toPod);
}

export function deploymentPage(index: NamespaceIndex<Deployment>, args: PageArgs & { filter?: DeploymentFilter | null }) {
  const page = pageOfIndex(index, { list: 'deployments', first: args.first, after: args.after, order: sortOrder(args.sort, Kinds.Deployment), filter: objectPredicate(Kinds.Deployment, args.filter) });
  return mapNodes(page, toDeployment);
}
