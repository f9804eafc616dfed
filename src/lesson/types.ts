import type { MsgKey } from '../i18n';

/** One step of a chapter, as data: the panel derives what to show and emphasise from it. */
export interface StepDef {
  /** Stable kebab-case id, used in the URL. */
  readonly id: string;
  readonly titleKey: MsgKey;
  readonly bodyKey: MsgKey;
  /** Names of the parts of the picture this step is about; everything else is shown quietly. */
  readonly highlight?: readonly string[];
}

/** A chapter: one question a learner asks, answered in steps. */
export interface ChapterDef {
  /** Stable kebab-case id, used in the URL. */
  readonly id: string;
  readonly titleKey: MsgKey;
  /** The question the chapter answers, in the learner's words. */
  readonly questionKey: MsgKey;
  readonly steps: readonly StepDef[];
}
