import type { Resolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import { Pod } from './pod-logs.ts';
import { Subscription } from './log-tail.ts';
import { LogSearchResult, Query } from './search.ts';

export const resolvers: Resolvers<LoggingContext> = { Pod, LogSearchResult, Query, Subscription };
