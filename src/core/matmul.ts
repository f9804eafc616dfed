import { assertMat, assertNoOverflowMat, assertRect, shapeOf } from './checks';
import type { Mat } from './types';
import { dotRaw } from './vector';

/** Unchecked A·B for core callers that already validated: (n, m) x (m, p) -> (n, p). */
export function matmulRaw(A: Mat, B: Mat): number[][] {
  const p = B[0].length;
  return A.map((a) => {
    const row = new Array<number>(p).fill(0);
    // Sum over the inner index in order, so a zero weight adds exactly nothing.
    for (let k = 0; k < a.length; k++) {
      for (let j = 0; j < p; j++) row[j] += a[k] * B[k][j];
    }
    return row; // (m) x (m, p) -> (p)
  });
}

/** Unchecked A·Bᵀ, every row of A dotted with every row of B: (n, d) x (d, m) -> (n, m). */
export function matmulTransposedRaw(A: Mat, B: Mat): number[][] {
  return A.map((a) => B.map((b) => dotRaw(a, b))); // (n, d) x (d, m) -> (n, m)
}

/** The matrix product A·B: (n, m) x (m, p) -> (n, p); throws on mismatched inner sizes or overflow. */
export function matmul(A: Mat, B: Mat): number[][] {
  assertMat(A, 'matmul: A');
  assertMat(B, 'matmul: B');
  if (A[0].length !== B.length) {
    throw new Error(
      `matmul: A ${shapeOf(A)} has ${A[0].length} columns but B ${shapeOf(B)} has ${B.length} rows (inner sizes must match)`,
    );
  }
  const C = matmulRaw(A, B); // (n, m) x (m, p) -> (n, p)
  assertNoOverflowMat(C, 'matmul: the result');
  return C;
}

/** The transpose Aᵀ, rows become columns: (n, m) -> (m, n); works for any rectangular entries (e.g. a mask). */
export function transpose<T>(A: readonly (readonly T[])[]): T[][] {
  assertRect(A, 'transpose: A');
  return A[0].map((_, j) => A.map((row) => row[j])); // (n, m) -> (m, n)
}
