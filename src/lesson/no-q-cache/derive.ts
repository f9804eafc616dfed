import { type AttentionTrace, attend, causalMask, dotTerms, maxAbsDiff } from '../../core';
import { ALL_TOKENS, EARLY_TOKENS, type NoQState } from './model';

/** How one earlier row fares when "on" is added: measured, not assumed. */
export interface RowChange {
  /** max_j |w_after − w_before| over the row (the before row padded with weight 0 for "on"). */
  weightDiff: number;
  /** max_j |o_after − o_before|. */
  outputDiff: number;
  /** Weight this row now gives to "on" (0 when masked). */
  newColWeight: number;
  /** True when both differences are exactly 0. */
  same: boolean;
}

/** Before ("The cat sat", 3 rows) vs after (+ "on", 4 rows) under one mask setting. */
export interface Comparison {
  causal: boolean;
  before: AttentionTrace;
  after: AttentionTrace;
  /** (4, 4): true where the entry is masked (−∞). */
  maskedAfter: boolean[][];
  /** (3, 3): true where the entry is masked. */
  maskedBefore: boolean[][];
  /** One per earlier token (3). */
  rows: RowChange[];
  /** How many earlier q's the new column needs (unmasked entries above "on"'s row). */
  earlierQNeeded: number;
  /** Earlier rows whose weights and output are exactly the same as before. */
  unchangedRows: number;
  /** Keys and values the new row reads (its unmasked entries). */
  keysRead: number;
  /** (4, 4) per cell of the after matrix: equal to before, different, new, or masked (null). */
  cellStatus: (CellStatus | null)[][];
}

/** How one cell of the after matrix relates to the before matrix. */
export type CellStatus = 'same' | 'changed' | 'new';

/** The row/column reading of QKᵀ at (row, col) of the live matrix. */
export interface Reading {
  row: number;
  col: number;
  /** q_row[j] · k_col[j], (d). */
  terms: number[];
  /** The entry (QKᵀ)[row][col]. */
  entry: number;
  /** Whether that entry is masked. */
  masked: boolean;
  /** Queries the column actually uses (rows where it is not masked). */
  colQueries: number[];
}

/** Every number of the chapter, from the core. */
export interface NoQNumbers {
  /** Tokens currently in the sequence (3 or 4). */
  T: number;
  /** Attention over the current sequence. */
  live: AttentionTrace;
  /** (T, T) mask of the live matrix, true = masked. */
  liveMasked: boolean[][];
  /** The comparison under the current mask and under the other setting. */
  current: Comparison;
  other: Comparison;
  reading: Reading;
}

export type NoQResult = { ok: true; n: NoQNumbers } | { ok: false; detail: string };

/** (T, T) masked flags: with the causal mask, true above the diagonal; without, never. */
function maskedFlags(T: number, causal: boolean): boolean[][] {
  return causal ? causalMask(T, T).map((r) => r.map((ok) => !ok)) : Array.from({ length: T }, () => Array(T).fill(false));
}

/** Attention before and after adding "on", and how every earlier row changed. */
export function compare(s: NoQState, causal: boolean): Comparison {
  const n0 = EARLY_TOKENS.length;
  const before = attend(s.Q.slice(0, n0), s.K.slice(0, n0), s.V.slice(0, n0), { causal }); // (3, d) x (d, 3) -> (3, 3)
  const after = attend(s.Q, s.K, s.V, { causal }); // (4, d) x (d, 4) -> (4, 4)
  const maskedAfter = maskedFlags(ALL_TOKENS.length, causal);
  const rows = before.weights.map((w, i) => {
    // Before "on" existed, its weight in every row was 0 (it was not there).
    const weightDiff = maxAbsDiff([...w, 0], after.weights[i]);
    const outputDiff = maxAbsDiff(before.output[i], after.output[i]);
    return { weightDiff, outputDiff, newColWeight: after.weights[i][n0], same: weightDiff === 0 && outputDiff === 0 };
  });
  const earlierQNeeded = maskedAfter.slice(0, n0).filter((r) => !r[n0]).length;
  const cellStatus = after.weights.map((w, i) =>
    w.map((x, j): CellStatus | null => {
      if (maskedAfter[i][j]) return null;
      if (i >= n0 || j >= n0) return 'new';
      return x === before.weights[i][j] ? 'same' : 'changed';
    }),
  );
  return {
    causal,
    before,
    after,
    maskedAfter,
    maskedBefore: maskedFlags(n0, causal),
    rows,
    earlierQNeeded,
    unchangedRows: rows.filter((r) => r.same).length,
    keysRead: maskedAfter[n0].filter((m) => !m).length,
    cellStatus,
  };
}

/** Computes every number of the chapter; errors from the core become a detail message. */
export function deriveNoQ(s: NoQState): NoQResult {
  try {
    const T = s.added ? ALL_TOKENS.length : EARLY_TOKENS.length;
    const live = attend(s.Q.slice(0, T), s.K.slice(0, T), s.V.slice(0, T), { causal: s.causal }); // -> (T, T)
    const liveMasked = maskedFlags(T, s.causal);
    const row = Math.min(s.row, T - 1);
    const col = Math.min(s.col, T - 1);
    const colQueries = liveMasked.map((r, i) => (r[col] ? -1 : i)).filter((i) => i >= 0);
    const reading: Reading = {
      row,
      col,
      terms: dotTerms(s.Q[row], s.K[col]),
      entry: live.scores[row][col],
      masked: liveMasked[row][col],
      colQueries,
    };
    return { ok: true, n: { T, live, liveMasked, current: compare(s, s.causal), other: compare(s, !s.causal), reading } };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
