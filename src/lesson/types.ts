import type { MsgKey } from '../i18n';
import type { StageDef } from './stage/types';

/** One step of a chapter, as data: the panel derives what to show and emphasise from it. */
export interface StepDef {
  /** Stable kebab-case id, used in the URL. */
  readonly id: string;
  readonly titleKey: MsgKey;
  readonly bodyKey: MsgKey;
  /** Ids of the stage parts (and panel parts) this step is about; everything else is shown quietly. */
  readonly highlight?: readonly string[];
  /** Stage parts whose numbers stay hidden until the step's prediction is answered (predict, then reveal). */
  readonly conceal?: readonly string[];
}

/** A chapter: one question a learner asks, answered in steps. */
export interface ChapterDef {
  /** Stable kebab-case id, used in the URL. */
  readonly id: string;
  readonly titleKey: MsgKey;
  /** The question the chapter answers, in the learner's words. */
  readonly questionKey: MsgKey;
  readonly steps: readonly StepDef[];
  /** The chapter's always-visible data-flow picture (see src/lesson/stage); steps name its parts in `highlight`. */
  readonly stage?: StageDef;
}
