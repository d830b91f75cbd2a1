/**
 * Where notifications may be sent. A channel's address is chosen by a workspace admin, and the
 * server sends from inside the cluster network: without a check a webhook could POST to
 * Prometheus' /-/quit or any internal service. So loopback, private, link-local and other
 * non-public addresses are refused unless "host:port" is allowed explicitly
 * (MERIDIAN_NOTIFICATION_PRIVATE_HOSTS, comma-separated; by default the lab's mail and webhook
 * sink). The name is resolved at send time and every address it has must pass.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries. */
function isNonPublic(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return NON_PUBLIC.check(mapped[1], 'ipv4');
  return NON_PUBLIC.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

export const LAB_SINK_HOSTS = ['127.0.0.1:2525', '127.0.0.1:2526'];

export function privateHostsFromEnv(): string[] {
  const raw = process.env.MERIDIAN_NOTIFICATION_PRIVATE_HOSTS;
  return raw === undefined ? LAB_SINK_HOSTS : raw.split(',').map((h) => h.trim()).filter(Boolean);
}

/** Throws (a reason without the URL) unless `host` only resolves to public addresses or host:port is allowed. */
export async function assertDestinationAllowed(host: string, port: number, allowedPrivate: readonly string[]): Promise<void> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (allowedPrivate.includes(`${bare}:${port}`) || allowedPrivate.includes(`${host}:${port}`)) return;
  const addresses = isIP(bare) ? [bare] : (await lookup(bare, { all: true }).catch(() => [])).map((a) => a.address);
  if (!addresses.length) throw new Error('the destination host does not resolve');
  if (addresses.some(isNonPublic)) throw new Error('the destination is a private or loopback address (not allowed for notifications)');
}
