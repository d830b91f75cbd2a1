import type { Translate } from '@/lib/i18n/index.tsx';

/** "5m", "3h": how long ago `iso` was, relative to `now`. */
export function age(t: Translate, iso: string | null | undefined, now: number): string {
  if (!iso) return t('common.none');
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return t('common.none');
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return t('age.s', { n: s });
  if (s < 3600) return t('age.m', { n: Math.floor(s / 60) });
  if (s < 86400) return t('age.h', { n: Math.floor(s / 3600) });
  return t('age.d', { n: Math.floor(s / 86400) });
}

/** CPU in cores → "250m" / "1.5". */
export function cpu(cores: number | null | undefined): string {
  if (cores == null) return '—';
  if (cores < 1) return `${Math.round(cores * 1000)}m`;
  return cores.toFixed(2).replace(/\.?0+$/, '');
}

/** Memory in bytes → "64 Mi". */
export function memory(bytes: number | null | undefined): string {
  if (bytes == null) return '—';
  const mi = bytes / 1024 / 1024;
  if (mi < 1024) return `${mi.toFixed(mi < 10 ? 1 : 0)} Mi`;
  return `${(mi / 1024).toFixed(2)} Gi`;
}

export function phaseKey(phase: string) {
  const known = ['Running', 'Pending', 'Succeeded', 'Failed', 'Unknown'] as const;
  return (known as readonly string[]).includes(phase) ? (`phase.${phase}` as `phase.${(typeof known)[number]}`) : null;
}
