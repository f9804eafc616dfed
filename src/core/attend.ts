import { assertMat, assertNoOverflowMat, shapeOf } from './checks';
import { causalMask } from './mask';
import { matmulRaw, matmulTransposedRaw } from './matmul';
import { softmax } from './softmax';
import type { AttendOptions, AttentionTrace, Mat } from './types';

/** Throws unless Q (T_q, d_k), K (T_k, d_k), V (T_k, d_v) are finite and fit together; messages name the shapes. */
function assertQKV(Q: Mat, K: Mat, V: Mat, fn: string): void {
  assertMat(Q, `${fn}: Q`);
  assertMat(K, `${fn}: K`);
  assertMat(V, `${fn}: V`);
  if (K[0].length !== Q[0].length) {
    throw new Error(
      `${fn}: K has ${K[0].length} columns but Q has ${Q[0].length} (d_k must match; Q ${shapeOf(Q)}, K ${shapeOf(K)})`,
    );
  }
  if (V.length !== K.length) {
    throw new Error(
      `${fn}: V has ${V.length} rows but K has ${K.length} (T_k must match: one value per key; K ${shapeOf(K)}, V ${shapeOf(V)})`,
    );
  }
}

/**
 * Scaled dot-product attention, keeping every intermediate: Q (T_q, d_k), K (T_k, d_k), V (T_k, d_v) -> trace.
 * scores = Q·Kᵀ (T_q, T_k); scaled = scores/√d_k, masked -Infinity; weights = row softmax; output = weights·V (T_q, d_v).
 */
export function attend(Q: Mat, K: Mat, V: Mat, opts?: AttendOptions): AttentionTrace {
  assertQKV(Q, K, V, 'attend');
  const T_q = Q.length;
  const T_k = K.length;
  const d_k = Q[0].length;
  const causal = opts?.causal === true;
  if (causal && T_q > T_k) {
    // Bottom-right alignment puts query 0 before every key: its row would have nothing to attend to.
    throw new RangeError(
      `attend: causal attention needs T_q <= T_k, but Q ${shapeOf(Q)} has more rows than K ${shapeOf(K)}; query row 0 would see no key`,
    );
  }

  const scores = matmulTransposedRaw(Q, K); // (T_q, d_k) x (d_k, T_k) -> (T_q, T_k)
  assertNoOverflowMat(scores, 'attend: the scores');

  // Dividing by √d_k keeps the spread of scores from growing with the dimension.
  const root = opts?.scale === false ? 1 : Math.sqrt(d_k);
  const mask = causal ? causalMask(T_q, T_k) : null;
  const scaled = scores.map((row, i) =>
    row.map((s, j) => (mask !== null && !mask[i][j] ? -Infinity : root === 1 ? s : s / root)),
  ); // (T_q, T_k) -> (T_q, T_k)

  const weights = scaled.map((row) => softmax(row)); // (T_q, T_k) -> (T_q, T_k)
  const output = matmulRaw(weights, V); // (T_q, T_k) x (T_k, d_v) -> (T_q, d_v)
  assertNoOverflowMat(output, 'attend: the output');
  return { scores, scaled, weights, output };
}

/** Causal attention over a whole sequence at once, attend(Q, K, V, { causal: true }): -> trace with (T_q, T_k) weights. */
export function causalAttentionFull(Q: Mat, K: Mat, V: Mat): AttentionTrace {
  return attend(Q, K, V, { causal: true });
}
