import type { ChapterModel } from '../../state/chapterModel';
import { ARTICLE } from '../worked/model';

/** Bounds of the embedding width d_model and the head width d_k. */
export const MIN_DMODEL = 2;
export const MAX_DMODEL = 6;
export const MIN_DK = 1;
export const MAX_DK = 4;

/** The sentence whose tokens are the rows of X. */
export const TOKENS = ['The', 'cat', 'sat', 'on'] as const;

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

/** Our clear default: small integers and halves, so every product can be checked by eye. */
export const ORIGIN_DEFAULT: OriginState = {
  dModel: 4,
  dK: 3,
  X: [
    [1, 0, 1, 0],
    [0, 2, 0, 1],
    [1, 1, 0, 0],
    [0, 1, 1, 1],
  ],
  WQ: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
    [1, 1, 0],
  ],
  WK: [
    [0, 1, 0],
    [1, 0, 1],
    [1, 0, 0],
    [0, 0, 1],
  ],
  WV: [
    [0.5, 0, 0],
    [0, 0.5, 0],
    [0, 0, 0.5],
    [0.5, 0.5, 0.5],
  ],
};

/** Our own queries for The, cat, sat (article 000 gives only q_on). */
export const OUR_Q = [
  [0, 1, 0],
  [1, 0, 1],
  [0, 1, 1],
] as const;

const identity = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/**
 * Article preset: X is one-hot (the 4×4 identity), so row t of X·W is row t of W. W_K and W_V hold
 * article 000's keys and values (plus "on"'s k, v of the worked example); W_Q holds q_on in row "on".
 */
export const ORIGIN_ARTICLE: OriginState = {
  dModel: 4,
  dK: 3,
  X: identity(4),
  WQ: [...OUR_Q.map((r) => [...r]), [...ARTICLE.q]],
  WK: [...ARTICLE.K.map((r) => [...r]), [...ARTICLE.kOn]],
  WV: [...ARTICLE.V.map((r) => [...r]), [...ARTICLE.vOn]],
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
