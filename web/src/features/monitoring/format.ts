/** Human numbers for a metric's unit (the API's `unit`: cores, bytes, bytes/s, count, ratio, requests/s, seconds, ops/s). */
const BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

function bytes(v: number): string {
  let i = 0;
  while (Math.abs(v) >= 1024 && i < BYTES.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v >= 100 || i === 0 ? 0 : 1)} ${BYTES[i]}`;
}

const short = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

export function formatValue(value: number | null | undefined, unit: string): string {
  if (value == null || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'cores':
      return value < 1 ? `${Math.round(value * 1000)}m` : `${short(value)} cores`;
    case 'bytes':
      return bytes(value);
    case 'bytes/s':
      return `${bytes(value)}/s`;
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'seconds':
      return value < 1 ? `${(value * 1000).toFixed(1)} ms` : `${short(value)} s`;
    case 'count':
      return Number.isInteger(value) ? String(value) : short(value);
    default:
      return `${short(value)} ${unit}`;
  }
}
