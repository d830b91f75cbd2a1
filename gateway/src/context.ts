import type { Logger } from '@meridian/core';
import type { RequestIdentity } from './identity.ts';

/** What the gateway knows about one client operation; passed to every subgraph fetch. */
export interface GatewayContext {
  auth: RequestIdentity;
  requestId: string;
  log: Logger;
  /** The client's socket address: signed onto mutations for tenancy's sign-in throttling. */
  clientAddress?: string;
  /** The client's User-Agent: sent with mutations for tenancy's session list. */
  userAgent?: string;
  /** Rejects this request's token from now on (its session was ended by this request). */
  endSession?: () => void;
}
