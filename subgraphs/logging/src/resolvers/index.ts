import type { Resolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import { Pod } from './pod-logs.ts';
import { Subscription as PodLogSubscription } from './log-tail.ts';
import { logTailSubscription } from './live-tail.ts';
import { LogSearchResult, Query as SearchQuery } from './search.ts';
import { logContextQuery } from './log-context.ts';
import { searchEventsQuery } from './events.ts';
import { AuditSearchResult, searchAuditEventsQuery } from './audit-search.ts';

export const resolvers: Resolvers<LoggingContext> = {
  Pod,
  LogSearchResult,
  AuditSearchResult,
  Query: { ...SearchQuery, ...logContextQuery, ...searchEventsQuery, ...searchAuditEventsQuery },
  Subscription: { ...PodLogSubscription, ...logTailSubscription },
};
