import type { ChapterDef, StepDef } from '../lesson/types';

/** What every chapter view receives: its chapter (for the stage), the current step, the chapter's state, and a way to change it. */
export interface ChapterViewProps<S> {
  chapter: ChapterDef;
  step: StepDef;
  state: S;
  onChange: (next: S) => void;
}
