import type { MsgKey } from '../i18n';
import type { StageDef } from './stage/types';

/** Some fields of a chapter's editable state with the values a step needs (switches, not inputs). */
export type StepState = Readonly<Record<string, string | number | boolean>>;

/** A title and/or body that replaces the step's own while the chapter's state matches `when`. */
export interface StepVariant {
  readonly when: StepState;
  readonly titleKey?: MsgKey;
  readonly bodyKey?: MsgKey;
}

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
  /**
   * The state this step's lesson needs (e.g. `{ causal: false, added: true }`), set when the reader
   * arrives at the step; the reader may change it afterwards. Declare it on every step of a chapter
   * whose lesson depends on that switch, so arriving from either side gives the right picture.
   */
  readonly opens?: StepState;
  /** Text that follows the switches: the first variant whose `when` matches the current state wins. */
  readonly variants?: readonly StepVariant[];
}

/** A chapter: one question a learner asks, answered in steps. */
export interface ChapterDef {
  /** Stable kebab-case id, used in the URL. */
  readonly id: string;
  readonly titleKey: MsgKey;
  /** A name of two or three words where the full title has no room: the step bar and a slide's bottom line. */
  readonly shortTitleKey: MsgKey;
  /** The question the chapter answers, in the learner's words. */
  readonly questionKey: MsgKey;
  readonly steps: readonly StepDef[];
  /** The chapter's always-visible data-flow picture (see src/lesson/stage); steps name its parts in `highlight`. */
  readonly stage?: StageDef;
  /**
   * Values of the placeholders in the chapter's step titles and bodies (e.g. `{token}`), so that
   * every place a title appears — heading, step dots, tooltips, the screen-reader announcement,
   * the handout — fills them (stepTitle in stepState.ts).
   */
  readonly params?: Readonly<Record<string, string | number>>;
}
