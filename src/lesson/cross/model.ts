import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_D, RUNNING_K, RUNNING_Q, RUNNING_TOKENS, RUNNING_V, runningCopy } from '../runningExample';

/** Vector length of this chapter: the running example's d_k = d_v = 3. */
export const D = RUNNING_D;
/**
 * The source sentence the encoder reads (Chinese, words as a segmenter would cut them) and the
 * decoder's output so far: the running example "The cat sat on", in the middle of translating
 * 猫坐在垫子上 ("The cat sat on the mat").
 */
export const ENC_TOKENS = ['猫', '坐', '在', '垫子', '上'] as const;
export const DEC_TOKENS = RUNNING_TOKENS;
/** Language of the source words (for the page's lang attributes). */
export const ENC_LANG = 'zh';
/** Identity-colour index of source token i (kept apart from the decoder's four colours, so two source words share one; the word is always written). */
export const encColour = (i: number) => 4 + (i % 4);

/** Editable state of the cross-attention chapter. Rows = tokens, columns = dimensions. */
export type CrossState = {
  /** Cross-attention keys, (5, d): this decoder layer's W_K applied to the encoder's output, computed once. */
  Kenc: number[][];
  /** Cross-attention values, (5, d): this layer's W_V applied to the encoder's output. */
  Venc: number[][];
  /** Decoder queries, (4, d): the running example's q, used by both attentions (a simplification). */
  Q: number[][];
  /** Decoder self-attention keys, (4, d): the running example's k. */
  Kdec: number[][];
  /** Decoder self-attention values, (4, d): the running example's v. */
  Vdec: number[][];
  /** Decoding step shown, 1..4 (how many tokens have been decoded). */
  t: number;
};

/**
 * Defaults: the decoder side is the running example (src/lesson/runningExample.ts). The source side
 * is ours (the articles give no cross-attention numbers), chosen so that "cat" attends most to 猫,
 * "sat" to 坐 and "on" to 上 (the word it translates); "The" has no counterpart in Chinese and spreads its weight.
 */
export const DEFAULTS: CrossState = {
  Kenc: [
    [0, 2, 0],
    [1.5, -1, 1],
    [0, -0.5, -1],
    [-0.5, 0, 0.5],
    [0.5, 1, 1],
  ],
  Venc: [
    [0.9, 0.1, 0.2],
    [0.1, 0.8, 0.3],
    [0.2, 0.3, 0.6],
    [0.4, 0.4, 0.9],
    [0.3, 0.1, 0.7],
  ],
  Q: runningCopy(RUNNING_Q),
  Kdec: runningCopy(RUNNING_K),
  Vdec: runningCopy(RUNNING_V),
  t: 1,
};

const rowsOk = (m: number[][], rows: number) => m.length === rows && m.every((r) => r.length === D);

export const crossModel: ChapterModel<CrossState> = {
  defaults: DEFAULTS,
  fields: {
    Kenc: { kind: 'mat', maxRows: ENC_TOKENS.length, maxCols: D },
    Venc: { kind: 'mat', maxRows: ENC_TOKENS.length, maxCols: D },
    Q: { kind: 'mat', maxRows: DEC_TOKENS.length, maxCols: D },
    Kdec: { kind: 'mat', maxRows: DEC_TOKENS.length, maxCols: D },
    Vdec: { kind: 'mat', maxRows: DEC_TOKENS.length, maxCols: D },
    t: { kind: 'int', min: 1, max: DEC_TOKENS.length },
  },
  check: (s) => {
    if (!rowsOk(s.Kenc, ENC_TOKENS.length)) return 'Kenc';
    if (!rowsOk(s.Venc, ENC_TOKENS.length)) return 'Venc';
    if (!rowsOk(s.Q, DEC_TOKENS.length)) return 'Q';
    if (!rowsOk(s.Kdec, DEC_TOKENS.length)) return 'Kdec';
    if (!rowsOk(s.Vdec, DEC_TOKENS.length)) return 'Vdec';
    return null;
  },
};
