import { type Dispatch, useEffect } from 'react';
import type { Action } from '../state/appState';

/** Keys that move between steps; PageDown/PageUp are what presentation clickers send. */
const KEYS: Record<string, Action['type']> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  Home: 'first',
  End: 'last',
};

/** Widget roles whose arrow keys move within the widget (WAI-ARIA authoring practices). */
const ARROW_ROLES = new Set(['slider', 'spinbutton', 'radiogroup', 'radio', 'tablist', 'tab', 'listbox', 'option', 'menu', 'menuitem', 'grid', 'tree', 'treegrid']);

/** True when el scrolls sideways (a wide table or formula a keyboard user scrolls with ← / →). */
function scrollsSideways(el: HTMLElement): boolean {
  if (el.scrollWidth <= el.clientWidth + 1) return false;
  const overflow = getComputedStyle(el).overflowX;
  return overflow === 'auto' || overflow === 'scroll';
}

/**
 * True when a key press belongs to what has focus: text fields, selects, sliders and other
 * widgets that use the arrow keys, and a focused region that scrolls sideways (ScrollX), which
 * keeps ← / → / Home / End for scrolling (issue 9 §8).
 */
export function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'submit', 'reset'].includes(target.type);
  if (ARROW_ROLES.has(target.getAttribute('role') ?? '')) return true;
  if (target.closest('[role="grid"]')) return true; // a cell of a grid (a heatmap, the sparsity grid): its arrows move between cells
  return target.classList.contains('scroll-x') || scrollsSideways(target);
}

/**
 * True when a Page Up / Page Down press belongs to what has focus: only multi-line text (a
 * textarea, contenteditable). Everywhere else — sliders, selects, radios, number fields, scroll
 * regions — they change the step, because a presentation clicker sends them and a teacher who
 * clicked a control with the mouse must still be able to advance the slide.
 */
export function ownsPageKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement;
}

/** Page Up / Page Down: the clicker's keys, taken before a focused control can use them. */
const PAGE_KEYS: Record<string, Action['type']> = { PageDown: 'next', PageUp: 'prev' };

/** ← / → step, Home / End jump within the chapter, anywhere but inside a control that needs the keys; Page Up / Down step from any control but multi-line text. */
export function useStepKeys(dispatch: Dispatch<Action>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || ownsKeys(e.target)) return;
      const type = KEYS[e.key];
      if (!type) return;
      e.preventDefault();
      dispatch({ type } as Action);
    };
    // Capture phase: the slider, select or radio that has focus never sees the clicker's key.
    const onPageKey = (e: KeyboardEvent) => {
      const type = PAGE_KEYS[e.key];
      if (!type || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || ownsPageKeys(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      dispatch({ type } as Action);
    };
    window.addEventListener('keydown', onPageKey, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onPageKey, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [dispatch]);
}
