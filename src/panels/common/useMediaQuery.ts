import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, kept current as the window changes (false where matchMedia is missing, and on the server). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (on) => {
      const mq = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
      mq?.addEventListener('change', on);
      return () => mq?.removeEventListener('change', on);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
