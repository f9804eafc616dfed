import { assertMat, assertRect, shapeOf } from './checks';
import type { Mat } from './types';

/** The additive form of a mask, shape (T_q, T_k): 0 where a query may attend, -Infinity where it may not. */
export function additiveMask(mask: readonly (readonly boolean[])[]): number[][] {
  assertRect(mask, 'additiveMask: mask');
  return mask.map((row) => row.map((ok) => (ok ? 0 : -Infinity))); // (T_q, T_k) -> (T_q, T_k)
}

/** Scores with the mask applied, scores + additiveMask(mask): (T_q, T_k) and (T_q, T_k) -> (T_q, T_k). */
export function maskedScores(scores: Mat, mask: readonly (readonly boolean[])[]): number[][] {
  assertMat(scores, 'maskedScores: scores');
  assertRect(mask, 'maskedScores: mask');
  if (mask.length !== scores.length || mask[0].length !== scores[0].length) {
    throw new Error(
      `maskedScores: mask (${mask.length}, ${mask[0].length}) must have the shape of scores ${shapeOf(scores)}`,
    );
  }
  // Adding -Infinity (not a large negative number) makes softmax give exactly 0.
  return scores.map((row, i) => row.map((s, j) => (mask[i][j] ? s : -Infinity))); // (T_q, T_k) -> (T_q, T_k)
}
