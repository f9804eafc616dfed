import { causalMask } from '../mask';
import { matmulRaw, matmulTransposedRaw } from '../matmul';
import { kvGroupOf } from '../multiHead';
import { softmax } from '../softmax';
import type { Mat } from '../types';
import { joinHeads } from './linear';
import type { HeadTrace } from './types';

/**
 * Which key rows each query row may see, (T_q, T_k): query i sees key j iff j ≤ rows[i], where rows[i] is
 * the query's own row in the key sequence. Without rows: the causal mask aligned bottom-right (the queries
 * are the last T_q of the T_k tokens), as in decoding and prefill. Throws naming a bad row.
 */
export function visibility(T_q: number, T_k: number, rows?: readonly number[]): boolean[][] {
  if (rows === undefined) {
    if (T_q > T_k) throw new RangeError(`visibility: ${T_q} queries but only ${T_k} keys; each query must be one of the keys`);
    return causalMask(T_q, T_k); // (T_q, T_k), bottom-right aligned
  }
  if (rows.length !== T_q) throw new RangeError(`visibility: ${rows.length} query rows given for ${T_q} queries`);
  rows.forEach((r, i) => {
    if (!Number.isInteger(r) || r < 0 || r >= T_k) throw new RangeError(`visibility: query ${i}'s row ${r} is not a key row 0..${T_k - 1}`);
  });
  return rows.map((r) => Array.from({ length: T_k }, (_, j) => j <= r)); // (T_q, T_k)
}

/** Attention of grouped query heads over shared K/V heads; the result and every intermediate. */
export interface GqaResult {
  /** Per query head h (reading K/V head floor(h / (H/KV))): scores, scaled, weights (T_q, T_k), output (T_q, hd). */
  heads: HeadTrace[];
  /** Head outputs side by side, (T_q, H·hd). */
  concat: number[][];
}

/**
 * Grouped-query attention (Ainslie et al. 2023): q (H) × (T_q, hd) over keys and values (KV) × (T_k, hd),
 * with the visibility mask above (bottom-right by default, or explicit query rows). Scores scaled by 1/√hd.
 */
export function gqaAttention(q: readonly Mat[], k: readonly Mat[], v: readonly Mat[], rows?: readonly number[]): GqaResult {
  const H = q.length;
  const T_q = q[0].length;
  const T_k = k[0].length;
  const hd = q[0][0].length;
  const visible = visibility(T_q, T_k, rows); // (T_q, T_k)
  const groups = kvGroupOf(H, k.length); // (H): query head -> K/V head
  const root = Math.sqrt(hd);
  const heads = q.map((Q, h) => {
    const g = groups[h];
    const scores = matmulTransposedRaw(Q, k[g]); // (T_q, hd) x (hd, T_k) -> (T_q, T_k)
    const scaled = scores.map((row, i) => row.map((s, j) => (visible[i][j] ? s / root : -Infinity))); // (T_q, T_k)
    const weights = scaled.map((row) => softmax(row)); // (T_q, T_k)
    const output = matmulRaw(weights, v[g]); // (T_q, T_k) x (T_k, hd) -> (T_q, hd)
    return { scores, scaled, weights, output, group: g };
  });
  return { heads, concat: joinHeads(heads.map((t) => t.output)) }; // (T_q, H·hd)
}
