import type { ChapterDef, StepDef } from '../lesson/types';
import type { ChapterStates, ModelId } from '../state/models';

/** What every chapter view receives: its chapter (for the stage), the current step, the chapter's state, and a way to change it. */
export interface ChapterViewProps<S> {
  chapter: ChapterDef;
  step: StepDef;
  state: S;
  onChange: (next: S) => void;
  /** Opens another chapter at its first step, optionally with new inputs for it (e.g. a preset computed here). */
  openChapter?: <K extends ModelId>(id: K, state?: ChapterStates[K]) => void;
}
