import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint (chrome.css and the chapters' CSS use the same 599 px). */
const PHONE = '(max-width: 599px)';
const subscribe = (on: () => void) => {
  const mq = typeof window.matchMedia === 'function' ? window.matchMedia(PHONE) : null;
  mq?.addEventListener('change', on);
  return () => mq?.removeEventListener('change', on);
};
const isPhone = () => typeof window.matchMedia === 'function' && window.matchMedia(PHONE).matches;

/** True on a phone-width screen (< 600 px), where a plot drawn to fit the column is about half its viewBox size and is laid out with larger text instead. */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
