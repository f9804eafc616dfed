import type { ChapterModel } from '../../state/chapterModel';

/** Model width of the toy example: every head gets d_model / h of it. */
export const D_MODEL = 4;
/** Query-head counts the toy offers (divisors of D_MODEL). */
export const HEAD_COUNTS = [1, 2, 4] as const;
/** The toy sentence (rows of X). */
export const TOKENS = ['The', 'cat', 'sat'] as const;

/** Inputs of the multi-head chapter. Rows = tokens, columns = dimensions. */
export interface HeadsState {
  /** Query heads h (1, 2 or 4). */
  h: number;
  /** K/V heads: a divisor of h (h = MHA, 1 = MQA, between = GQA). */
  kvHeads: number;
  /** Token vectors, (3, d_model). */
  X: number[][];
  /** All heads' projections side by side, (d_model, h·d_k) = (4, 4); head i owns columns i·d_k … (i+1)·d_k − 1. */
  WQ: number[][];
  /** K projections; with g K/V heads only the first g·d_k columns exist. */
  WK: number[][];
  WV: number[][];
  /** Output projection, (h·d_v, d_model) = (4, 4). */
  WO: number[][];
}

/** Seeded defaults: heads that look at different things. */
export const HEADS_DEFAULTS: HeadsState = {
  h: 2,
  kvHeads: 2,
  X: [
    [1, 0, 1, 0],
    [0, 1, 0, 1],
    [1, 1, 0, 0],
  ],
  WQ: [
    [1, 0, 0, 1],
    [0, 1, 1, 0],
    [1, 0, 1, 0],
    [0, 1, 0, 1],
  ],
  WK: [
    [1, 0, 0, 1],
    [0, 1, 1, 0],
    [0, 1, 1, 0],
    [1, 0, 0, 1],
  ],
  WV: [
    [0.5, 0, 1, 0],
    [0, 1, 0, 0.5],
    [1, 0, 0.5, 0],
    [0, 0.5, 0, 1],
  ],
  WO: [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ],
};

const square = (m: number[][]) => m.length === D_MODEL && m.every((r) => r.length === D_MODEL);

export const headsModel: ChapterModel<HeadsState> = {
  defaults: HEADS_DEFAULTS,
  fields: {
    h: { kind: 'int', min: 1, max: D_MODEL },
    kvHeads: { kind: 'int', min: 1, max: D_MODEL },
    X: { kind: 'mat', maxRows: TOKENS.length, maxCols: D_MODEL },
    WQ: { kind: 'mat', maxRows: D_MODEL, maxCols: D_MODEL },
    WK: { kind: 'mat', maxRows: D_MODEL, maxCols: D_MODEL },
    WV: { kind: 'mat', maxRows: D_MODEL, maxCols: D_MODEL },
    WO: { kind: 'mat', maxRows: D_MODEL, maxCols: D_MODEL },
  },
  check: (s) => {
    if (D_MODEL % s.h !== 0) return 'h';
    if (s.h % s.kvHeads !== 0) return 'kvHeads';
    if (s.X.length !== TOKENS.length || s.X.some((r) => r.length !== D_MODEL)) return 'X';
    if (!square(s.WQ)) return 'WQ';
    if (!square(s.WK)) return 'WK';
    if (!square(s.WV)) return 'WV';
    if (!square(s.WO)) return 'WO';
    return null;
  },
};
