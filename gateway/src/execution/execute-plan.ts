import { ERRORS, errorCodeDef, type Operation } from '@apollo/federation-internals';
import { evaluateCondition, getResponseName, type FetchNode, type PlanNode, type QueryPlanSelectionNode } from '@apollo/query-planner';
import { GraphQLError, isAbstractType, isInterfaceType, isObjectType, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.ts';
import type { SubgraphDataSource } from '../dataSource.ts';
import { MergedData } from './merge.ts';

/**
 * Runs a query plan from @apollo/gateway's planner: Sequence, Parallel, Flatten, Condition and
 * Fetch nodes, with @apollo/gateway's executeQueryPlan semantics (what is sent, how answers
 * merge, how subgraph errors get their paths and codes). Differences: answers may be shared
 * with identical fetches of other requests (see merge.ts: nothing shared is written), the
 * representations of one fetch are sent once each (two reviews of one product ask for the
 * product once), and no usage-reporting trace is built. Plans with nodes or rewrites this does
 * not handle are run by @apollo/gateway itself (see `canRun`).
 */

export interface PlanRun {
  operation: Operation;
  variables: Record<string, unknown> | undefined;
  sources: Record<string, SubgraphDataSource | undefined>;
  supergraphSchema: GraphQLSchema;
  context: Partial<GatewayContext>;
  /** Apollo Server's cache policy of the request, restricted by each answer's Cache-Control. */
  restrictCache?: (cacheControl: string | undefined) => void;
}

export interface PlanResult {
  data: Record<string, unknown>;
  errors: GraphQLError[];
}

/** Whether this executor runs every node of the plan (else @apollo/gateway's executor does). */
export function canRun(node: PlanNode | undefined): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every(canRun);
    case 'Flatten':
      return canRun(node.node);
    case 'Condition':
      return canRun(node.ifClause) && canRun(node.elseClause);
    case 'Fetch':
      return !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length && !node.hasDefers;
    default:
      return false;
  }
}

export async function executePlan(node: PlanNode | undefined, run: PlanRun): Promise<PlanResult> {
  const state: RunState = { ...run, merged: new MergedData(), errors: [] };
  if (node) await executeNode(state, node, []);
  return { data: state.merged.root, errors: state.errors };
}

interface RunState extends PlanRun {
  merged: MergedData;
  errors: GraphQLError[];
}

async function executeNode(state: RunState, node: PlanNode, path: (string | number)[]): Promise<void> {
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(state, child, path);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(state, child, path)));
      return;
    case 'Flatten':
      return executeNode(state, node.node, path.concat(node.path));
    case 'Condition': {
      const branch = evaluateCondition(node, state.operation.variableDefinitions, state.variables) ? node.ifClause : node.elseClause;
      if (branch) await executeNode(state, branch, path);
      return;
    }
    case 'Fetch':
      try {
        await executeFetch(state, node, path);
      } catch (err) {
        state.errors.push(err instanceof GraphQLError ? err : new GraphQLError((err as Error).message, { originalError: err as Error }));
      }
      return;
    default:
      throw new Error(`Unsupported plan node ${(node as PlanNode).kind}`);
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

async function executeFetch(state: RunState, fetch: FetchNode, path: (string | number)[]): Promise<void> {
  const source = state.sources[fetch.serviceName];
  if (!source) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities = state.merged.objectsAt(path);
  if (entities.length === 0) return;

  const variables: Record<string, unknown> = {};
  for (const name of fetch.variableUsages ?? []) {
    if (state.variables && hasOwn.call(state.variables, name) && state.variables[name] !== undefined) variables[name] = state.variables[name];
  }

  if (!fetch.requires) {
    const data = await send(state, source, fetch, variables, path, null);
    for (const entity of entities) state.merged.merge(entity, data);
    return;
  }

  // One representation per distinct entity: its key and required fields, once.
  const representations: Record<string, unknown>[] = [];
  const representationOf: number[] = new Array(entities.length).fill(-1);
  const firstEntityOf: number[] = [];
  const seen = new Map<string, number>();
  const flat = flatRequiresOf(fetch);
  for (let i = 0; i < entities.length; i++) {
    // Flat requirements (the usual `... on T { __typename key }`): the key is read straight off
    // the entity and a representation is built only for the first entity with that key.
    let key = flat ? flatKey(state.supergraphSchema, entities[i], flat) : null;
    let index = key === null ? undefined : seen.get(key);
    if (index === undefined) {
      const representation = selectRequired(state.supergraphSchema, entities[i], fetch.requires);
      if (!representation || !representation.__typename) continue;
      key ??= JSON.stringify(representation);
      index = seen.get(key);
      if (index === undefined) {
        index = representations.length;
        seen.set(key, index);
        representations.push(representation);
        firstEntityOf.push(i);
      }
    }
    representationOf[i] = index;
  }
  if (representations.length === 0) return;
  if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
  const data = await send(state, source, fetch, { ...variables, representations }, path, firstEntityOf);
  if (!data) return;
  const received = (data as { _entities?: unknown })._entities;
  if (!Array.isArray(received)) throw new Error('Expected "data._entities" in response to be an array');
  if (received.length !== representations.length) throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  for (let i = 0; i < entities.length; i++) {
    if (representationOf[i] >= 0) state.merged.merge(entities[i], received[representationOf[i]]);
  }
}

async function send(
  state: RunState,
  source: SubgraphDataSource,
  fetch: FetchNode,
  variables: Record<string, unknown>,
  path: (string | number)[],
  firstEntityOf: number[] | null,
): Promise<Record<string, unknown> | null | undefined> {
  const { result, cacheControl } = await source.call({
    query: fetch.operation,
    operationName: fetch.operationName,
    variables,
    mutation: fetch.operationKind === 'mutation',
    context: state.context,
  });
  state.restrictCache?.(cacheControl);
  if (result.errors) {
    const pathOf = errorPaths(state, fetch, path, firstEntityOf);
    for (const error of result.errors) state.errors.push(downstreamServiceError(error, fetch.serviceName, pathOf));
  }
  return result.data;
}

/** @apollo/gateway's makeLazyErrorPathGenerator: `_entities.N.x` becomes the N-th entity's path in the client's data. */
function errorPaths(state: RunState, fetch: FetchNode, path: (string | number)[], firstEntityOf: number[] | null) {
  let hydrated: (string | number)[][] | undefined;
  return (errorPath: readonly (string | number)[] | undefined): (string | number)[] | undefined => {
    if (fetch.requires && typeof errorPath?.[1] === 'number') {
      if (!hydrated) {
        hydrated = [];
        hydratePaths([], path, state.merged.root, hydrated);
      }
      const entity = firstEntityOf?.[errorPath[1]] ?? errorPath[1];
      return [...(hydrated[entity] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...path, ...errorPath] : undefined;
  };
}

function hydratePaths(parent: (string | number)[], path: (string | number)[], data: unknown, out: (string | number)[][]): void {
  if (data === null || data === undefined) return;
  const head = path[0];
  if (head === undefined) {
    out.push(parent.slice());
  } else if (head === '@') {
    if (!Array.isArray(data)) return;
    data.forEach((value, i) => {
      parent.push(i);
      hydratePaths(parent, path.slice(1), value, out);
      parent.pop();
    });
  } else if (Array.isArray(data)) {
    data.forEach((value, i) => {
      parent.push(i);
      hydratePaths(parent, path, value, out);
      parent.pop();
    });
  } else if (typeof data === 'object' && hasOwn.call(data, head)) {
    parent.push(head);
    hydratePaths(parent, path.slice(1), (data as Record<string | number, unknown>)[head], out);
    parent.pop();
  }
}

/** @apollo/gateway's downstreamServiceError: the subgraph's error, its path in the client's data, serviceName. */
function downstreamServiceError(
  original: GraphQLFormattedError,
  serviceName: string,
  pathOf: (path: readonly (string | number)[] | undefined) => (string | number)[] | undefined,
): GraphQLError {
  const message = original.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = {
    originalError: original as unknown as Error,
    path: pathOf(original.path),
    extensions: { ...original.extensions, serviceName },
  };
  const codeDef = errorCodeDef(original);
  if (!codeDef && original.extensions?.code) return new GraphQLError(message, options);
  return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}

/** Requirements made only of leaf fields, directly or in type-conditioned inline fragments. */
type FlatRequires = ({ field: string } | { typeCondition: string; fields: string[] })[];

const flatRequires = new WeakMap<FetchNode, FlatRequires | null>();

function flatRequiresOf(fetch: FetchNode): FlatRequires | null {
  let flat = flatRequires.get(fetch);
  if (flat === undefined) {
    flat = [];
    for (const selection of fetch.requires ?? []) {
      if (selection.kind === 'Field' && !selection.selections) {
        flat.push({ field: getResponseName(selection) });
      } else if (selection.kind === 'InlineFragment' && selection.typeCondition && selection.selections.every((s) => s.kind === 'Field' && !s.selections)) {
        flat.push({ typeCondition: selection.typeCondition, fields: selection.selections.map((s) => getResponseName(s as Parameters<typeof getResponseName>[0])) });
      } else {
        flat = null;
        break;
      }
    }
    flatRequires.set(fetch, flat);
  }
  return flat;
}

/**
 * A string that two entities share exactly when selectRequired would build equal
 * representations from them (null: it would build none, or one without __typename is
 * decided later). Every value is written with its type and, for strings, its length, so no two
 * different representations can meet on one key.
 */
function flatKey(schema: GraphQLSchema, entity: Record<string, unknown>, flat: FlatRequires): string | null {
  let key = '';
  for (const part of flat) {
    if ('field' in part) {
      const value = writeValue(entity, part.field);
      if (value === null) return null;
      key += value;
    } else if (isObjectOfType(schema, entity, part.typeCondition)) {
      let inner = '+';
      for (const field of part.fields) {
        const value = writeValue(entity, field);
        if (value === null) {
          inner = '-'; // selectRequired leaves the fragment out
          break;
        }
        inner += value;
      }
      key += inner;
    } else {
      key += '!';
    }
  }
  return key;
}

function writeValue(entity: Record<string, unknown>, field: string): string | null {
  if (!hasOwn.call(entity, field)) return null;
  const value = entity[field];
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'string':
      return `s${value.length}:${value}`;
    case 'number':
      return `n${value};`;
    case 'boolean':
      return value ? 't' : 'f';
    default:
      return value === null ? 'z' : `j${JSON.stringify(value).length}:${JSON.stringify(value)}`;
  }
}

/** @apollo/gateway's isObjectOfType: does an entity's __typename satisfy a fragment's type condition. */
function isObjectOfType(schema: GraphQLSchema, object: Record<string, unknown>, typeCondition: string): boolean {
  const typename = object.__typename;
  if (!typename || typeof typename !== 'string') return false;
  if (typeCondition === typename) return true;
  const type = schema.getType(typename);
  const condition = schema.getType(typeCondition);
  if (!type || !condition || !isAbstractType(condition)) return false;
  return (isObjectType(type) || isInterfaceType(type)) && schema.isSubType(condition, type);
}

/** @apollo/gateway's executeSelectionSet: an entity's representation (key and @requires fields); null if a field is missing. */
function selectRequired(schema: GraphQLSchema, source: Record<string, unknown> | null, selections: readonly QueryPlanSelectionNode[]): Record<string, unknown> | null {
  if (source === null) return null;
  const result: Record<string, unknown> = {};
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const name = getResponseName(selection);
      if (!hasOwn.call(source, name) || source[name] === undefined) return null;
      const value = source[name];
      const sub = selection.selections;
      if (Array.isArray(value)) {
        result[name] = value.map((v) => (sub ? selectRequired(schema, v as Record<string, unknown> | null, sub) : v));
      } else if (sub) {
        result[name] = selectRequired(schema, value as Record<string, unknown> | null, sub);
      } else {
        result[name] = value;
      }
    } else if (selection.typeCondition && isObjectOfType(schema, source, selection.typeCondition)) {
      const inner = selectRequired(schema, source, selection.selections);
      if (inner) mergeInto(result, inner);
    }
  }
  return result;
}

/** deepMerge for freshly built representations (nothing shared). */
function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined) continue;
    const existing = target[key];
    if (existing && typeof existing === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      mergeInto(existing as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[key] = value;
    }
  }
}
