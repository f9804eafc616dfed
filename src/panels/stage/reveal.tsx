/**
 * Predict, then reveal, across components: a step's prediction (Predict) reports whether its
 * answer is shown, and the stage keeps the parts the step conceals hidden until then.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useViewPrefs } from '../ViewContext';

interface RevealState {
  revealed: boolean;
  set: (revealed: boolean) => void;
}

const Ctx = createContext<RevealState | null>(null);

/** Holds whether the current step's prediction has been answered (or predictions are off). */
export function RevealProvider({ children }: { children: ReactNode }) {
  const [answered, set] = useState(false);
  const { predictions } = useViewPrefs();
  const value = useMemo(() => ({ revealed: answered || !predictions, set }), [answered, predictions]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** True when the step's answer may be shown (no provider: always). */
export function useRevealed(): boolean {
  return useContext(Ctx)?.revealed ?? true;
}

/** Called by a prediction with its own state; an unmounted prediction hides the answer again. */
export function useReportReveal(revealed: boolean): void {
  const ctx = useContext(Ctx);
  const set = ctx?.set;
  useEffect(() => {
    set?.(revealed);
    return () => set?.(false);
  }, [set, revealed]);
}
