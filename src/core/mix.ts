import { assertMat, assertNoOverflowMat, assertNoOverflowVec, assertVec, shapeOf } from './checks';
import { matmulRaw } from './matmul';
import type { Mat, Vec } from './types';

/** Throws unless there is one weight per row of V (one per key). */
function assertOneWeightPerRow(weights: Vec, V: Mat, fn: string): void {
  assertVec(weights, `${fn}: weights`);
  assertMat(V, `${fn}: V`);
  if (weights.length !== V.length) {
    throw new Error(`${fn}: weights has ${weights.length} entries but V ${shapeOf(V)} has ${V.length} rows (T_k must match)`);
  }
}

/** The weighted sum of value rows Σ_j w_j V_j, one attention output: (T_k) x (T_k, d_v) -> (d_v). */
export function weightedSum(weights: Vec, V: Mat): number[] {
  assertOneWeightPerRow(weights, V, 'weightedSum');
  const out = matmulRaw([weights], V)[0]; // (1, T_k) x (T_k, d_v) -> (d_v)
  assertNoOverflowVec(out, 'weightedSum: the result');
  return out;
}

/** Each value row scaled by its weight, row j = w_j V_j; its column sums are weightedSum: (T_k) x (T_k, d_v) -> (T_k, d_v). */
export function contributions(weights: Vec, V: Mat): number[][] {
  assertOneWeightPerRow(weights, V, 'contributions');
  const parts = V.map((v, j) => v.map((x) => weights[j] * x)); // (T_k) x (T_k, d_v) -> (T_k, d_v)
  assertNoOverflowMat(parts, 'contributions: the result');
  return parts;
}
