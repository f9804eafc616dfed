import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_D_MODEL, RUNNING_K, RUNNING_Q, RUNNING_TOKENS, RUNNING_V, RUNNING_WK, RUNNING_WQ, RUNNING_WV, RUNNING_X, runningCopy } from '../runningExample';

/** Bounds of the embedding width d_model and the head width d_k. */
export const MIN_DMODEL = 2;
export const MAX_DMODEL = 6;
export const MIN_DK = 1;
export const MAX_DK = 4;

/** The sentence whose tokens are the rows of X: the running example. */
export const TOKENS = RUNNING_TOKENS;

/** Where q, k, v come from: X (T, d_model) and the three weight matrices W (d_model, d_k). */
export type OriginState = {
  dModel: number;
  dK: number;
  /** Token embeddings, one row per token, (4, d_model). */
  X: number[][];
  /** Query weights, (d_model, d_k). */
  WQ: number[][];
  /** Key weights, (d_model, d_k). */
  WK: number[][];
  /** Value weights, (d_model, d_k). */
  WV: number[][];
};

/**
 * Default: the running example's embeddings and weights (small integers and tenths, every product
 * checkable by eye), so Q = X·W_Q, K = X·W_K, V = X·W_V are exactly the q, k, v of every chapter
 * (k of "The" = [1, 0, 1], as in article 000).
 */
export const ORIGIN_DEFAULT: OriginState = {
  dModel: RUNNING_D_MODEL,
  dK: 3,
  X: runningCopy(RUNNING_X),
  WQ: runningCopy(RUNNING_WQ),
  WK: runningCopy(RUNNING_WK),
  WV: runningCopy(RUNNING_WV),
};

const identity = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/**
 * One-hot preset: X is the 4×4 identity, so row t of X·W is row t of W, and the weights simply
 * hold the vectors: W_K and W_V article 000's keys and values (plus our k, v of "on"), W_Q q of "on"
 * (plus our q of The, cat, sat). Same Q, K, V as the default, reached the simplest way.
 */
export const ORIGIN_ARTICLE: OriginState = {
  dModel: 4,
  dK: 3,
  X: identity(4),
  WQ: runningCopy(RUNNING_Q),
  WK: runningCopy(RUNNING_K),
  WV: runningCopy(RUNNING_V),
};

/** Which matrix a cell belongs to. */
export type OriginMatrix = 'X' | 'WQ' | 'WK' | 'WV';

const rowsOk = (m: number[][], rows: number, cols: number) => m.length === rows && m.every((r) => r.length === cols);

export const originModel: ChapterModel<OriginState> = {
  defaults: ORIGIN_DEFAULT,
  fields: {
    dModel: { kind: 'int', min: MIN_DMODEL, max: MAX_DMODEL },
    dK: { kind: 'int', min: MIN_DK, max: MAX_DK },
    X: { kind: 'mat', maxRows: TOKENS.length, maxCols: MAX_DMODEL },
    WQ: { kind: 'mat', maxRows: MAX_DMODEL, maxCols: MAX_DK },
    WK: { kind: 'mat', maxRows: MAX_DMODEL, maxCols: MAX_DK },
    WV: { kind: 'mat', maxRows: MAX_DMODEL, maxCols: MAX_DK },
  },
  check: (s) => {
    if (!rowsOk(s.X, TOKENS.length, s.dModel)) return 'X';
    if (!rowsOk(s.WQ, s.dModel, s.dK)) return 'WQ';
    if (!rowsOk(s.WK, s.dModel, s.dK)) return 'WK';
    if (!rowsOk(s.WV, s.dModel, s.dK)) return 'WV';
    return null;
  },
};
