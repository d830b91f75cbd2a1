import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@meridian/core';

/**
 * What one operation may ask of the gateway, checked on HTTP and WebSocket alike before any
 * subgraph is called. A signed-in user's 1 KB query nested 25 levels deep once took the whole
 * process past 4 GB: every limit here is about refusing such work cheaply, before planning.
 * Depth, aliases and directives are GraphQL Armor's rules, cost is graphql-query-complexity's
 * walk with connection sizes as multipliers; the parse itself stops at `tokens`.
 */
export interface QueryLimits {
  /** Bytes of the query text. */
  bytes: number;
  tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  /** Estimated result size: every field 1, times `first` of each connection around it. */
  cost: number;
  /** The most items one page (`first`) may ask for, everywhere. */
  pageSize: number;
}

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function queryLimitsFromEnv(): QueryLimits {
  return {
    bytes: envNumber('MERIDIAN_LIMIT_QUERY_BYTES', 32 * 1024),
    tokens: envNumber('MERIDIAN_LIMIT_TOKENS', 4_000),
    depth: envNumber('MERIDIAN_LIMIT_DEPTH', 12),
    aliases: envNumber('MERIDIAN_LIMIT_ALIASES', 30),
    directives: envNumber('MERIDIAN_LIMIT_DIRECTIVES', 30),
    cost: envNumber('MERIDIAN_LIMIT_COST', 50_000),
    pageSize: envNumber('MERIDIAN_LIMIT_PAGE_SIZE', 500),
  };
}

/** The typed error of every refused operation: `extensions.limit` names which limit, `max` its value. */
export function limitExceeded(limit: keyof QueryLimits, max: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit, max } });
}

/** Connections multiply what is under them by the page they ask for. */
const connectionEstimator =
  (limits: QueryLimits): ComplexityEstimator =>
  ({ args, childComplexity }) => {
    const first = args.first;
    if (typeof first !== 'number') return undefined; // not a connection: next estimator
    if (first > limits.pageSize || first < 0) {
      throw limitExceeded('pageSize', limits.pageSize, `A page holds at most ${limits.pageSize} items; first: ${first} asks for more.`);
    }
    return (1 + childComplexity) * Math.max(first, 1);
  };

export interface CheckedOperation {
  document: DocumentNode;
  cost: number;
}

/**
 * Parses and checks one operation; returns the document, or the errors to answer with. Runs
 * only the limit rules (cheap, linear), not full validation: Apollo Server and the WebSocket
 * path validate afterwards, on a document known to be small.
 */
export function checkOperation(
  schema: GraphQLSchema,
  limits: QueryLimits,
  query: unknown,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): CheckedOperation | { errors: GraphQLError[] } {
  if (typeof query !== 'string' || !query) return { errors: [new GraphQLError('The request has no query.', { extensions: { code: 'BAD_REQUEST' } })] };
  if (Buffer.byteLength(query) > limits.bytes) {
    return { errors: [limitExceeded('bytes', limits.bytes, `The query is larger than ${limits.bytes} bytes.`)] };
  }
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.tokens, noLocation: false });
  } catch (err) {
    const message = (err as Error).message;
    if (/more th\w+ \d+ tokens/i.test(message)) return { errors: [limitExceeded('tokens', limits.tokens, `The query has more than ${limits.tokens} tokens.`)] };
    return { errors: [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  // Armor's rules call onReject with their message; each names the limit it enforces.
  const refused: GraphQLError[] = [];
  const reject = (limit: 'depth' | 'aliases' | 'directives') => ({
    n: limits[limit],
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(_ctx: unknown, err: GraphQLError) => void refused.push(limitExceeded(limit, limits[limit], err.message.replace(/^Syntax Error: /, '')))],
  });
  const rules: ValidationRule[] = [
    maxDepthRule({ ...reject('depth'), ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule(reject('aliases')),
    maxDirectivesRule(reject('directives')),
  ];
  validate(schema, document, rules, { maxErrors: 5 });
  if (refused.length) return { errors: refused };
  // Cost needs one operation to look at; a document with several and no name is refused later
  // by Apollo Server's own validation, so take the largest here.
  const names = operationName ? [operationName] : document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
  let cost = 0;
  try {
    for (const name of names) {
      cost = Math.max(
        cost,
        getComplexity({ schema, query: document, operationName: name, variables: variables ?? {}, estimators: [connectionEstimator(limits), simpleEstimator({ defaultComplexity: 1 })] }),
      );
    }
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === ErrorCode.QUERY_LIMIT_EXCEEDED) return { errors: [err] };
    // Unknown fields or bad variables: left to validation, which says it better.
    cost = 0;
  }
  if (cost > limits.cost) {
    return { errors: [limitExceeded('cost', limits.cost, `The query could return about ${cost} items; at most ${limits.cost} are allowed. Ask for smaller pages or fewer nested lists.`)] };
  }
  return { document, cost };
}
