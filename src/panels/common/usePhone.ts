import { useMediaQuery } from './useMediaQuery';

/** True on a phone-width screen (< 600 px; chrome.css and the chapters' CSS use the same 599 px), where a plot drawn to fit the column is about half its viewBox size and is laid out with larger text instead. */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 599px)');
}
