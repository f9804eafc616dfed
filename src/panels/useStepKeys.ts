import { type Dispatch, useEffect } from 'react';
import type { Action } from '../state/appState';

/** Keys that move between steps; PageDown/PageUp are what presentation clickers send. */
const KEYS: Record<string, Action['type']> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  PageDown: 'next',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
};

/** True when a key press belongs to a control that uses the key itself (text fields, sliders, selects). */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'submit', 'reset'].includes(target.type);
  return target.getAttribute('role') === 'slider';
}

/** ← / → step, Home / End jump within the chapter, anywhere but inside a control that needs the keys. */
export function useStepKeys(dispatch: Dispatch<Action>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || ownsKeys(e.target)) return;
      const type = KEYS[e.key];
      if (!type) return;
      e.preventDefault();
      dispatch({ type } as Action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
