/**
 * Empty boxes never show: inside `root`, every `.step-panel`, `.detail` and `.step-formula` that holds no text
 * and no control, picture or chart (its question moved to the narrative column, a detail with nothing before
 * the guess) is marked `data-empty` (CSS hides it), and unmarked as soon as something is drawn into it.
 * Re-checked whenever the subtree's nodes or text change.
 */
import { type RefObject, useEffect, useRef } from 'react';

/** Boxes hidden while empty. */
export const EMPTY_BOXES = '.step-panel, .detail, .step-formula';
/** Content without text that still shows something. */
const SHOWS = 'input, select, textarea, button, img, svg, canvas, video, [role="img"]';

/** True when `el` shows nothing: no visible text and no control or picture (stops at the first it finds: an edit re-checks). */
export function isEmptyBox(el: Element): boolean {
  if (el.querySelector(SHOWS) !== null) return false;
  const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) if ((n.nodeValue ?? '').trim() !== '') return false;
  return true;
}

function mark(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>(EMPTY_BOXES)) el.toggleAttribute('data-empty', isEmptyBox(el));
}

/** Keeps `data-empty` on the empty boxes under `root` up to date. */
export function useHideEmpty(root: RefObject<HTMLElement | null>): void {
  // One observer per root element: it sees every later change, so a render (an edit) costs no check of its own;
  // a new root element (another layout branch) gets a new observer.
  const watching = useRef<{ el: HTMLElement; observer: MutationObserver | null } | null>(null);
  useEffect(() => {
    const el = root.current;
    if (!el || watching.current?.el === el) return;
    watching.current?.observer?.disconnect();
    mark(el);
    const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(() => mark(el));
    observer?.observe(el, { childList: true, subtree: true, characterData: true });
    watching.current = { el, observer };
  });
  useEffect(
    () => () => {
      watching.current?.observer?.disconnect();
      watching.current = null;
    },
    [],
  );
}
