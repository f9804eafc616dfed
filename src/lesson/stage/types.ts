import type { MsgKey } from '../../i18n';

/** What a stage part is in the data flow: an input vector, an operation, a result, or a store (the cache). */
export type StagePartRole = 'input' | 'op' | 'output' | 'store';

/** One part of a chapter's data-flow picture, named by the steps that highlight it. */
export interface StagePart {
  /** Stable id, named in StepDef.highlight (e.g. 'scores'). */
  readonly id: string;
  /** Short notation drawn on the stage, plain Unicode (e.g. "q·kᵢ", "÷√d_k"); maths, not prose. */
  readonly symbol: string;
  /** What the part is, in words (the strip's accessible text and the tooltip). */
  readonly labelKey: MsgKey;
  readonly role: StagePartRole;
}

/**
 * A chapter's stage: the always-visible picture of its data flow, as data. `flow` is drawn left
 * to right with arrows (the strip, sticky on phones); `store` parts sit beside it (the KV cache
 * as a stack of token rows). A step emphasises the parts it names in `highlight`; the rest stay
 * visible but quiet.
 */
export interface StageDef {
  readonly id: string;
  /** Accessible name of the stage figure. */
  readonly titleKey: MsgKey;
  /** Parts in data-flow order. */
  readonly flow: readonly StagePart[];
  /** Parts drawn beside the flow (e.g. the cache and its k, v columns). */
  readonly store?: readonly StagePart[];
  /** Fill the flow as the chapter advances (see reachedParts): later results stay empty until their step. */
  readonly progressive?: boolean;
}
