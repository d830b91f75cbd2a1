'use client';

import { useEffect, useState } from 'react';

/** The current time, re-read every `ms` so relative ages stay right (a clock, not an API poll). */
export function useNow(ms = 10_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
