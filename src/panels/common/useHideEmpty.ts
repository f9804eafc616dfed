/**
 * Empty boxes never show: inside `root`, every `.step-panel`, `.detail` and `.step-formula` that holds no text
 * and no control, picture or chart (its question moved to the narrative column, a detail with nothing before
 * the guess) is marked `data-empty` (CSS hides it), and unmarked as soon as something is drawn into it.
 * Re-checked whenever the subtree's nodes or text change.
 */
import { type RefObject, useEffect } from 'react';

/** Boxes hidden while empty. */
export const EMPTY_BOXES = '.step-panel, .detail, .step-formula';
/** Content without text that still shows something. */
const SHOWS = 'input, select, textarea, button, img, svg, canvas, video, [role="img"]';

/** True when `el` shows nothing: no visible text and no control or picture. */
export function isEmptyBox(el: Element): boolean {
  return (el.textContent ?? '').trim() === '' && el.querySelector(SHOWS) === null;
}

function mark(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>(EMPTY_BOXES)) el.toggleAttribute('data-empty', isEmptyBox(el));
}

/** Keeps `data-empty` on the empty boxes under `root` up to date. */
export function useHideEmpty(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    mark(el);
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => mark(el));
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  });
}
