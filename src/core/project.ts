import { assertMat, assertNoOverflowMat, shapeOf } from './checks';
import { matmulRaw } from './matmul';
import type { Mat } from './types';

/** Projects token rows into a head's space, X·W, e.g. Q = X·W_Q: (T, d_model) x (d_model, d_k) -> (T, d_k). */
export function project(X: Mat, W: Mat): number[][] {
  assertMat(X, 'project: X');
  assertMat(W, 'project: W');
  const d_model = X[0].length;
  if (W.length !== d_model) {
    throw new Error(
      `project: W ${shapeOf(W)} has ${W.length} rows but X ${shapeOf(X)} has ${d_model} columns (d_model must match)`,
    );
  }
  const Y = matmulRaw(X, W); // (T, d_model) x (d_model, d_k) -> (T, d_k)
  assertNoOverflowMat(Y, 'project: the result');
  return Y;
}
