import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_K, RUNNING_Q, RUNNING_TOKENS as TOKENS, RUNNING_V, runningCopy } from '../runningExample';

/** Bounds of the head width d_k and of the query block. */
export const MIN_D = 1;
export const MAX_D = 4;

/** The attention matrix chapter's inputs: Q, K, V for "The cat sat on", rows = tokens. */
export type MaskState = {
  /** d_k = d_v = d. */
  d: number;
  /** (4, d) each. */
  Q: number[][];
  K: number[][];
  V: number[][];
  /** true: decoder (GPT), later keys masked; false: encoder (BERT), every token sees every token. */
  causal: boolean;
  /** How many of the newest tokens are queries in the block view (1..4). */
  block: number;
};

export { TOKENS };

/**
 * Defaults: the running example's Q, K, V (article 000's keys, values and q of "on"; our q of The,
 * cat, sat and k, v of "on"), the same numbers as in every chapter.
 */
export const MASK_DEFAULT: MaskState = {
  d: 3,
  Q: runningCopy(RUNNING_Q), // (4, 3)
  K: runningCopy(RUNNING_K), // (4, 3)
  V: runningCopy(RUNNING_V), // (4, 3)
  causal: true,
  block: 2,
};

const rowsOk = (m: number[][], d: number) => m.length === TOKENS.length && m.every((r) => r.length === d);

export const maskModel: ChapterModel<MaskState> = {
  defaults: MASK_DEFAULT,
  fields: {
    d: { kind: 'int', min: MIN_D, max: MAX_D },
    Q: { kind: 'mat', maxRows: TOKENS.length, maxCols: MAX_D },
    K: { kind: 'mat', maxRows: TOKENS.length, maxCols: MAX_D },
    V: { kind: 'mat', maxRows: TOKENS.length, maxCols: MAX_D },
    causal: { kind: 'bool' },
    block: { kind: 'int', min: 1, max: TOKENS.length },
  },
  check: (s) => {
    if (!rowsOk(s.Q, s.d)) return 'Q';
    if (!rowsOk(s.K, s.d)) return 'K';
    if (!rowsOk(s.V, s.d)) return 'V';
    return null;
  },
};
