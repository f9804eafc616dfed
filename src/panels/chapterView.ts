import type { StepDef } from '../lesson/types';

/** What every chapter view receives: the current step, the chapter's state, and a way to change it. */
export interface ChapterViewProps<S> {
  step: StepDef;
  state: S;
  onChange: (next: S) => void;
}
