import { useEffect, useRef } from 'react';

/** Frames to wait for a lazily loaded chapter's heading before giving up (~2 s at 60 Hz). */
const MAX_FRAMES = 120;

/**
 * After every step change (not on first load): once the new step's heading is on the page, focus
 * it and bring it to the top — scroll to the page top when the heading is near it anyway (so the
 * chapter bar stays in view), otherwise scroll the heading itself to the top, under any sticky
 * strip (its scroll-margin-top). Screen readers then start reading the new step.
 */
export function useStepFocus(chapter: string, step: string): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every step change; a chapter change with the same step id counts too
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frames = 0;
    let raf = 0;
    const go = () => {
      const h = document.querySelector<HTMLElement>(`main .step-title[data-step="${CSS.escape(step)}"]`);
      if (!h) {
        if (++frames < MAX_FRAMES) raf = requestAnimationFrame(go);
        return;
      }
      h.focus({ preventScroll: true });
      const top = h.getBoundingClientRect().top + window.scrollY;
      if (top < window.innerHeight / 5) window.scrollTo({ top: 0, behavior: 'instant' });
      else h.scrollIntoView({ block: 'start', behavior: 'instant' });
    };
    go();
    return () => cancelAnimationFrame(raf);
  }, [chapter, step]);
}
