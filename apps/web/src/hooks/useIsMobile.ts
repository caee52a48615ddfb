import { useSyncExternalStore } from 'react';

/** antd's `md` breakpoint: from 768px wide the screen is not a phone's. */
const WIDE = '(min-width: 768px)';

function subscribe(onChange: () => void): () => void {
  const q = window.matchMedia(WIDE);
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}

/**
 * Phones (below the `md` breakpoint, 768px), known from the first render: a phone never renders
 * the desktop layout (side menu, tables) first to throw it away a moment later.
 */
export function useIsMobile(): boolean {
  return useSyncExternalStore(subscribe, () => !window.matchMedia(WIDE).matches);
}
