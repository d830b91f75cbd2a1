/**
 * Kubernetes resource quantities (resource.Quantity: 100m, 0.5, 128Mi, 1Gi, 1e3) as numbers, to
 * add a workspace's project quotas together and compare them with its own; and back to a short
 * quantity for people to read. Numbers, not exact decimals: quotas are compared with a relative
 * tolerance far below the smallest unit anyone sets (1m CPU, 1 byte of 1Gi).
 */

const SUFFIX: Record<string, number> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

const GRAMMAR = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(?:([eE][+-]?[0-9]+)|([KMGTPE]i|[numkMGTPE])?)$/;

/** The quantity's value in base units (cores, bytes, objects); undefined if it is not a quantity. */
export function parseQuantity(text: string | number | null | undefined): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const m = GRAMMAR.exec(String(text ?? '').trim());
  if (!m) return undefined;
  const base = Number(m[1] + (m[2] ?? ''));
  return base * SUFFIX[m[3] ?? ''];
}

/** Whether `a` is more than `b`, allowing for floating point (a sum of 0.1 + 0.2 is not over 0.3). */
export const exceeds = (a: number, b: number) => a - b > Math.max(Math.abs(b), 1) * 1e-9;

/** Byte-sized resources (memory, storage) read best in binary units; the rest as decimals. */
const isBytes = (resource: string) => /memory|storage/.test(resource);

/** A readable quantity for a resource: 1.5, 250m, 512Mi, 2Gi, 10. */
export function formatQuantity(value: number, resource: string): string {
  if (value === 0) return '0';
  if (isBytes(resource)) {
    for (const unit of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'] as const) {
      const n = value / SUFFIX[unit];
      if (Math.abs(n) >= 1 && Number.isInteger(Math.round(n * 1000) / 1000)) return `${Math.round(n * 1000) / 1000}${unit}`;
    }
    for (const unit of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'] as const) {
      const n = value / SUFFIX[unit];
      if (Math.abs(n) >= 1) return `${Math.round(n * 100) / 100}${unit}`;
    }
    return String(Math.round(value));
  }
  if (Number.isInteger(Math.round(value * 1e6) / 1e6)) return String(Math.round(value));
  const milli = Math.round(value * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}
