import { mulberry32, normals } from '../../core/random';
import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_TOKENS, RUNNING_X, runningCopy } from '../runningExample';

/** Model width of the toy example: every head gets d_model / h of it. */
export const D_MODEL = 4;
/** Query-head counts the toy offers (divisors of D_MODEL). */
export const HEAD_COUNTS = [1, 2, 4] as const;
/** The running example "The cat sat on" (rows of X), from src/lesson/runningExample.ts. */
export const TOKENS = RUNNING_TOKENS;

/** Inputs of the multi-head chapter. Rows = tokens, columns = dimensions. */
export interface HeadsState {
  /** Query heads h (1, 2 or 4). */
  h: number;
  /** K/V heads: a divisor of h (h = MHA, 1 = MQA, between = GQA). */
  kvHeads: number;
  /** Token vectors, (4, d_model): the running example's embeddings. */
  X: number[][];
  /** All heads' projections side by side, (d_model, h·d_k) = (4, 4); head i (1-based) owns columns (i−1)·d_k + 1 … i·d_k. */
  WQ: number[][];
  /** K projections; with g K/V heads only the first g·d_k columns exist. */
  WK: number[][];
  WV: number[][];
  /** Output projection, (h·d_v, d_model) = (4, 4): row r multiplies column r of Concat, so it mixes the heads. */
  WO: number[][];
}

/**
 * Seed of the default weights. W_Q, W_K, W_V and W_O are drawn in that order, row by row, from
 * mulberry32(HEADS_SEED) as normal numbers with standard deviation 0.8, rounded to one decimal.
 * This seed was chosen (by trying seeds 1–3,000) so that with the defaults the heads attend visibly
 * differently, sharing K/V (GQA, MQA) visibly changes the weights and W_O mixes every head into every
 * output dimension; tests/lesson/heads.test.ts checks all three on the defaults.
 */
export const HEADS_SEED = 2713;
/** Standard deviation of the seeded weights. */
const WEIGHT_SD = 0.8;

/** The four seeded (4, 4) weight matrices: W = round(0.8 · N(0, 1), 1 decimal). */
export function seededWeights(seed: number): Pick<HeadsState, 'WQ' | 'WK' | 'WV' | 'WO'> {
  const rand = mulberry32(seed);
  const mat = () => Array.from({ length: D_MODEL }, () => normals(rand, D_MODEL).map((x) => Math.round(x * WEIGHT_SD * 10) / 10 || 0));
  const [WQ, WK, WV, WO] = [mat(), mat(), mat(), mat()];
  return { WQ, WK, WV, WO };
}

/** Defaults: two heads over the running example's embeddings, with the seeded weights. */
export const HEADS_DEFAULTS: HeadsState = {
  h: 2,
  kvHeads: 2,
  X: runningCopy(RUNNING_X),
  ...seededWeights(HEADS_SEED),
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
