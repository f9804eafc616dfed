import { useCallback, useSyncExternalStore } from 'react';

/** One MediaQueryList per query, shared by every component that asks (matchMedia allocates one per call). */
const lists = new Map<string, MediaQueryList | null>();
/** The matchMedia the lists came from (a test that stubs another gets fresh lists). */
let source: unknown = null;
function listOf(query: string): MediaQueryList | null {
  const current = typeof window !== 'undefined' ? window.matchMedia : undefined;
  if (current !== source) {
    lists.clear();
    source = current;
  }
  let mq = lists.get(query);
  if (mq === undefined) {
    mq = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    lists.set(query, mq);
  }
  return mq;
}

/**
 * Whether a CSS media query matches now, kept current as the window changes (false where matchMedia is missing,
 * and on the server). The subscription is stable per query: a render (an edit) neither calls matchMedia nor
 * re-subscribes.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (on: () => void) => {
      const mq = listOf(query);
      mq?.addEventListener('change', on);
      return () => mq?.removeEventListener('change', on);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => listOf(query)?.matches ?? false, () => false);
}
