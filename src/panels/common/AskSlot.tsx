/**
 * Where a step's question (Predict) is drawn at 1280×720 in the normal view. The narrative column
 * often has room under the narrative while the panel under the stage has none (the Check button fell
 * below the fold); on other steps a long narrative fills the column and the panel has the room. So
 * StepLayout tries the narrative column first and measures: if the question ends below the fold
 * there, it tries the panel, and keeps whichever leaves less of it below the fold. It chooses on
 * arrival, and again while the question is open when the window, the narrative (another language,
 * its messages arriving) or the stage (the model loaded) changes size; never because of the question.
 */
import { createContext, type RefObject, useContext, useEffect, useLayoutEffect, useState } from 'react';
import { useMediaQuery } from './useMediaQuery';

const Slot = createContext<HTMLElement | null>(null);

/** Provides the element questions are portalled into (null: draw them in place). */
export const AskSlotProvider = Slot.Provider;

/** The element a question should be portalled into, or null to draw it where it stands. */
export function useAskSlot(): HTMLElement | null {
  return useContext(Slot);
}

/** True below it turns the narrative column's question slot off (the printed handout keeps each question beside its answer). */
export const KeepQuestionsInPlace = createContext(false);

/** True on a screen wide enough for two columns (≥ 900 px, the layout's breakpoint in chrome.css). */
export function useWideScreen(): boolean {
  return useMediaQuery('(min-width: 900px)');
}

/**
 * How far (px, document coordinates) the lowest question under `root` ends below the fold — the top
 * of the fixed step bar, or the window's bottom; null when there is no question or it is not yet
 * where `aside` says (the slot fills one render after it mounts).
 */
function overflow(root: HTMLElement, aside: boolean): number | null {
  const asks = [...root.querySelectorAll('.predict')];
  if (asks.length === 0 || asks.some((a) => (a.closest('.step-ask') !== null) !== aside)) return null;
  const bar = document.querySelector('.step-bar');
  const fold = bar ? bar.getBoundingClientRect().top : window.innerHeight;
  return Math.max(...asks.map((a) => a.getBoundingClientRect().bottom)) - fold;
}

interface Trial {
  /** The placement being shown. */
  aside: boolean;
  /** Below-the-fold px measured in the narrative column (once tried), else null. */
  asideOver: number | null;
  /** The choice is made. */
  done: boolean;
}
const FIRST: Trial = { aside: true, asideOver: null, done: false };

/** Whether the step's question goes in the narrative column (`enabled`: wide screen, normal view, a stage). */
export function useAsideQuestion(enabled: boolean, root: RefObject<HTMLElement | null>): boolean {
  const [trial, setTrial] = useState<Trial>(FIRST);
  const [size, setSize] = useState('');
  useEffect(() => {
    const on = () => setSize(`${window.innerWidth}×${window.innerHeight}`);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  // A new window size or mode: choose again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: size and enabled are the triggers
  useLayoutEffect(() => setTrial(FIRST), [size, enabled]);
  // What decides the choice grew or shrank (the narrative in another language, its messages or the model
  // arriving, a taller stage): choose again while the question is open. Moving the question changes
  // neither (the columns' widths are fixed), so this never loops.
  useEffect(() => {
    const el = root.current;
    if (!enabled || !el || typeof ResizeObserver === 'undefined') return;
    const heights = new Map<Element, number>();
    const ro = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const h = Math.round(e.contentRect.height);
        if (heights.has(e.target) && heights.get(e.target) !== h) changed = true;
        heights.set(e.target, h);
      }
      if (changed && el.querySelector('.predict-actions')) setTrial(FIRST);
    });
    for (const part of el.querySelectorAll(':scope > .step-narrative > .narrative, :scope > .stage')) ro.observe(part);
    return () => ro.disconnect();
  }, [enabled, root]);
  useLayoutEffect(() => {
    if (!enabled || trial.done || !root.current) return;
    const over = overflow(root.current, trial.aside);
    if (over === null) return;
    if (trial.aside) setTrial(over <= 0 ? { ...trial, done: true } : { aside: false, asideOver: over, done: false });
    else setTrial({ aside: over > (trial.asideOver ?? 0), asideOver: trial.asideOver, done: true });
  });
  return enabled && trial.aside;
}
