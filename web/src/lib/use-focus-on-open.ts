'use client';

import { useEffect, useRef } from 'react';

/** A ref for the field a dialog starts in: it takes the focus once, when the dialog opens. */
export function useFocusOnOpen<T extends HTMLElement = HTMLInputElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
