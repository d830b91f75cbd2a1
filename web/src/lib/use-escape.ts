'use client';

import { useEffect } from 'react';

/** Calls `onEscape` when Escape is pressed anywhere on the page (dialogs and drawers close on it). */
export function useEscape(onEscape: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onEscape();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEscape]);
}
