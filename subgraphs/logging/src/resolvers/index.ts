import type { Resolvers } from '../generated/resolvers.ts';
import type { LoggingDeps } from '../deps.ts';
import { podLogResolvers } from './pod-logs.ts';
import { logTailResolvers } from './log-tail.ts';
import { searchResolvers } from './search.ts';

export function makeResolvers(deps: LoggingDeps): Resolvers {
  const search = searchResolvers(deps);
  return {
    ...podLogResolvers(deps),
    LogSearchResult: search.LogSearchResult,
    Query: search.Query,
    Subscription: logTailResolvers(deps),
  };
}
