import type { IncomingMessage } from 'node:http';

/** Close code for a socket over a connection limit (the 4xxx range is the application's). */
export const CLOSE_TOO_MANY_CONNECTIONS = 4429;
/** Close code for a socket that stayed anonymous past the grace period. */
export const CLOSE_ANONYMOUS_EXPIRED = 4401;

export interface SocketLimits {
  perAddress: number;
  perUser: number;
  /** How long a socket may stay anonymous (no session in connection_init) before it is closed. */
  anonymousMs: number;
}

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function socketLimitsFromEnv(): SocketLimits {
  return {
    perAddress: envNumber('MERIDIAN_WS_PER_ADDRESS', 256),
    perUser: envNumber('MERIDIAN_WS_PER_USER', 64),
    anonymousMs: envNumber('MERIDIAN_WS_ANONYMOUS_MS', 5_000),
  };
}

/** Counts open sockets by a key (address, user); `take` refuses once a key is at its limit. */
export class SocketCounter {
  private readonly open = new Map<string, number>();
  constructor(private readonly limit: number) {}
  take(key: string): boolean {
    const n = this.open.get(key) ?? 0;
    if (n >= this.limit) return false;
    this.open.set(key, n + 1);
    return true;
  }
  release(key: string): void {
    const n = (this.open.get(key) ?? 0) - 1;
    if (n > 0) this.open.set(key, n);
    else this.open.delete(key);
  }
  count(key: string): number {
    return this.open.get(key) ?? 0;
  }
}

export const remoteAddress = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';
