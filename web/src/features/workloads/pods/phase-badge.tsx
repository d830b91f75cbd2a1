'use client';

import { useT } from '@/lib/i18n/index.tsx';
import { phaseKey } from '@/lib/format.ts';

export function PhaseBadge({ phase }: { phase: string }) {
  const t = useT();
  const key = phaseKey(phase);
  return <span className={`phase phase-${phase.toLowerCase()}`}>{key ? t(key) : phase}</span>;
}
