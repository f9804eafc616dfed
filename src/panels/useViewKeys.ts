import { type Dispatch, type SetStateAction, useEffect } from 'react';
import type { Action } from '../state/appState';
import type { ViewPrefs } from '../state/viewPrefs';

/** True when the target takes typed characters (letters must reach it). */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** True when the target uses Space itself (buttons, links, checkboxes…). */
function usesSpace(target: EventTarget | null): boolean {
  return typing(target) || (target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName));
}

/** Requests or leaves browser fullscreen (ignored where not allowed). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Presentation keys: P projector mode, F fullscreen, B or . blank screen (clickers send these),
 * Space / Shift+Space next / previous step. While blank, any key un-blanks.
 */
export function useViewKeys(view: ViewPrefs, setView: Dispatch<SetStateAction<ViewPrefs>>, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      if (view.blank) {
        e.preventDefault();
        setView((v) => ({ ...v, blank: false }));
        return;
      }
      if (typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === ' ' && usesSpace(e.target)) return;
      if (key === 'b' || key === '.') setView((v) => ({ ...v, blank: true }));
      else if (key === 'p') setView((v) => ({ ...v, projector: !v.projector }));
      else if (key === 'f') toggleFullscreen();
      else if (key === ' ') dispatch({ type: e.shiftKey ? 'prev' : 'next' });
      else return;
      e.preventDefault();
    };
    // Capture phase: runs before the step keys, so a key that un-blanks the screen does nothing else.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [view.blank, setView, dispatch]);
}
