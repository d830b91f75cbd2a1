/**
 * The one connection shape every list of the API returns (Relay style): `edges { cursor node }`,
 * `nodes`, `pageInfo`, `totalCount`. Schemas without `nodes` or `totalCount` simply do not ask
 * for them. `totalCount` is a getter, so a count (a scan, a COUNT query) runs only when asked for.
 */

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T, Count = number | Promise<number>> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Count;
}

export type SortDirection = 'ASC' | 'DESC';

export interface SortOrder<F extends string = string> {
  field: F;
  direction: SortDirection;
}

/** What a cursor is bound to: the list and its order (a cursor of another is refused). */
export const orderScope = (list: string, order?: SortOrder) => (order ? `${list}:${order.field}:${order.direction}` : list);

/** Builds a connection from the page's edges; `count` runs at most once, when asked for. */
export function connection<T, Count>(edges: Edge<T>[], page: { hasNextPage: boolean; hasPreviousPage: boolean }, count: () => Count): Connection<T, Count> {
  let counted: { value: Count } | undefined;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      counted ??= { value: count() };
      return counted.value;
    },
  };
}

/** The same page with each node converted (e.g. a Kubernetes object to its GraphQL shape). */
export function mapNodes<T, V, Count>(page: Connection<T, Count>, map: (node: T) => V): Connection<V, Count> {
  const edges = page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) }));
  return connection(edges, page.pageInfo, () => page.totalCount);
}
