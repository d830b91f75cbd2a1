/**
 * What a simulated container "prints": realistic, deterministic lines per container. The same
 * namespace/pod/container and sequence number always give the same text, and two containers give
 * different streams (their own mix of levels, routes, latencies, workers and stack traces), so
 * search, filters and tails show differences between pods and containers.
 */
import { createHash } from 'node:crypto';

/** A small seeded PRNG (mulberry32): stable across runs and machines. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function containerSeed(namespace: string, pod: string, container: string): number {
  return createHash('sha256').update(`${namespace}/${pod}/${container}`).digest().readUInt32BE(0);
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

const ROUTES = ['/api/orders', '/api/items', '/api/users', '/api/carts', '/api/payments', '/api/search', '/healthz', '/metrics', '/api/inventory', '/api/sessions'] as const;
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'] as const;
const LOGGERS = ['http', 'db', 'cache', 'worker', 'scheduler', 'auth', 'kafka'] as const;
const EXCEPTIONS = [
  ['java.lang.IllegalStateException', 'connection pool exhausted'],
  ['java.net.SocketTimeoutException', 'Read timed out'],
  ['java.lang.NullPointerException', 'Cannot invoke "Order.total()" because "order" is null'],
  ['org.postgresql.util.PSQLException', 'ERROR: deadlock detected'],
] as const;
const FRAMES = ['OrderService.place', 'OrderController.create', 'PaymentClient.charge', 'InventoryRepository.reserve', 'CacheLoader.load', 'JobRunner.run', 'RequestHandler.handle'] as const;

/** Per-container traits, fixed by its seed: its routes, its share of errors, its own loggers. */
function traits(seed: number) {
  const r = prng(seed);
  const routes = [0, 1, 2].map(() => pick(r, ROUTES));
  return {
    routes,
    errorRate: 0.02 + r() * 0.08,
    warnRate: 0.05 + r() * 0.1,
    debugRate: r() * 0.2,
    loggers: [pick(r, LOGGERS), pick(r, LOGGERS)],
    port: 8000 + Math.floor(r() * 1000),
    package: `com.${pick(r, ['acme', 'shop', 'meridian', 'example'])}.${pick(r, ['orders', 'billing', 'catalog', 'gateway'])}`,
  };
}

/**
 * The line(s) a container prints as its `seq`-th output: usually one line (level, logger,
 * message, `seq=N`), now and then an ERROR followed by a Java-style stack trace on its own lines.
 */
export function containerOutput(seed: number, seq: number): string[] {
  const t = traits(seed);
  const r = prng(seed ^ Math.imul(seq, 0x9e3779b1));
  const roll = r();
  const tag = `seq=${seq}`;
  if (roll < t.errorRate) {
    const [type, message] = pick(r, EXCEPTIONS);
    const frames = 3 + Math.floor(r() * 4);
    return [
      `ERROR ${pick(r, t.loggers)}: request failed: ${message} ${tag}`,
      `${type}: ${message}`,
      ...Array.from({ length: frames }, () => `\tat ${t.package}.${pick(r, FRAMES)}(${pick(r, FRAMES).split('.')[0]}.java:${20 + Math.floor(r() * 300)})`),
      `\t... ${10 + Math.floor(r() * 40)} more`,
    ];
  }
  if (roll < t.errorRate + t.warnRate) {
    const ms = 800 + Math.floor(r() * 4000);
    return [`WARN  ${pick(r, t.loggers)}: slow ${pick(r, METHODS)} ${pick(r, t.routes)} took ${ms}ms (threshold 500ms) ${tag}`];
  }
  if (roll < t.errorRate + t.warnRate + t.debugRate) {
    return [`DEBUG ${pick(r, t.loggers)}: cache ${r() < 0.7 ? 'hit' : 'miss'} key=${pick(r, t.routes).slice(5)}:${Math.floor(r() * 1000)} ${tag}`];
  }
  const status = pick(r, [200, 200, 200, 200, 201, 204, 304, 404]);
  const ip = `10.244.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`;
  return [`INFO  http: ${ip} "${pick(r, METHODS)} ${pick(r, t.routes)}/${Math.floor(r() * 500)} HTTP/1.1" ${status} ${Math.floor(r() * 4000)}B ${1 + Math.floor(r() * 120)}ms port=${t.port} ${tag}`];
}

/** CRI log format, one record per printed line: kwok (like the kubelet) strips the prefix. */
export function criLines(lines: string[], at = new Date()): string {
  const ts = at.toISOString().replace('Z', '000000Z'); // RFC 3339 with nanoseconds
  return lines.map((l) => `${ts} stdout F ${l}\n`).join('');
}
