import { createContext, useContext } from 'react';
import { partConcealed, partEmphasis } from '../../lesson/stage/emphasis';
import type { StepDef } from '../../lesson/types';

/** What the stage's parts need to know: the step, the parts it has reached, whether its answer is out. */
export interface StageState {
  step: StepDef;
  reached: ReadonlySet<string>;
  revealed: boolean;
}

export const StageCtx = createContext<StageState | null>(null);

/** How one stage part is drawn in the current step. */
export interface PartView {
  /** 'emph' when the step is about this part, 'quiet' otherwise. */
  emphasis: 'emph' | 'quiet';
  /** False until the chapter has computed this part (progressive stages). */
  reached: boolean;
  /** True while a prediction of this step still hides the part's numbers. */
  concealed: boolean;
  /** Spread on the part's element(s): class and data-stage-part (what the layout test looks for). */
  props: { className: string; 'data-stage-part': string };
}

/** The emphasis, progress and concealment of stage part `id` in the current step (extraClass is added to className). */
export function useStagePart(id: string, extraClass = ''): PartView {
  const ctx = useContext(StageCtx);
  const emphasis = ctx ? partEmphasis(ctx.step, id) : 'quiet';
  const reached = ctx ? ctx.reached.has(id) : true;
  const concealed = ctx ? partConcealed(ctx.step, id, ctx.revealed) : false;
  const cls = [extraClass, `part-${emphasis}`, reached ? '' : 'pending', concealed ? 'concealed' : ''].filter(Boolean).join(' ');
  return { emphasis, reached, concealed, props: { className: cls, 'data-stage-part': id } };
}
