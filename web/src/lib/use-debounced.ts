'use client';

import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `ms` (a filter asks the API when typing pauses, not per key). */
export function useDebounced<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}
