import { assertMat, describeValue, shapeOf } from './checks';
import type { Mat } from './types';

/** How many weights of an attention matrix fall below ε, with masked entries (weight exactly 0) counted apart. */
export interface SparsityCount {
  /** Every entry, T_q · T_k. */
  total: number;
  /** Entries hidden by the mask. */
  masked: number;
  /** Unmasked entries below ε. */
  belowVisible: number;
  /** Unmasked entries, total − masked. */
  visible: number;
  /** The article's definition: every entry below ε (masked zeros included) / total. */
  shareAll: number;
  /** Unmasked entries below ε / unmasked entries (0 when nothing is visible). */
  shareVisible: number;
}

/** Sparsity(W, ε): counts weights < ε in W (T_q, T_k); `mask` (T_q, T_k), true = visible, separates the masked zeros. */
export function sparsity(W: Mat, eps: number, mask?: readonly (readonly boolean[])[]): SparsityCount {
  assertMat(W, 'sparsity: W');
  if (!(Number.isFinite(eps) && eps > 0)) throw new RangeError(`sparsity: ε must be a positive number, got ${describeValue(eps)}`);
  if (mask && (mask.length !== W.length || mask.some((r) => r.length !== W[0].length))) {
    throw new Error(`sparsity: the mask must have the shape of W ${shapeOf(W)}`);
  }
  let masked = 0;
  let belowVisible = 0;
  W.forEach((row, i) => {
    row.forEach((w, j) => {
      if (mask && !mask[i][j]) masked++;
      else if (w < eps) belowVisible++;
    });
  });
  const total = W.length * W[0].length;
  const visible = total - masked;
  return {
    total,
    masked,
    belowVisible,
    visible,
    shareAll: (belowVisible + masked) / total,
    shareVisible: visible === 0 ? 0 : belowVisible / visible,
  };
}

/** Which weights of W (T_q, T_k) are below ε, -> (T_q, T_k); entries hidden by `mask` (false = masked) are never below. */
export function belowEps(W: Mat, eps: number, mask?: readonly (readonly boolean[])[]): boolean[][] {
  assertMat(W, 'belowEps: W');
  if (!(Number.isFinite(eps) && eps > 0)) throw new RangeError(`belowEps: ε must be a positive number, got ${describeValue(eps)}`);
  return W.map((row, i) => row.map((w, j) => (mask ? mask[i][j] : true) && w < eps)); // (T_q, T_k)
}

/** Mean over rows of the weight carried by each row's k largest entries: (T_q, T_k) -> scalar in [0, 1]. */
export function topKMass(W: Mat, k: number): number {
  assertMat(W, 'topKMass: W');
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`topKMass: k must be a positive integer, got ${describeValue(k)}`);
  let total = 0;
  for (const row of W) {
    const sorted = [...row].sort((a, b) => b - a);
    for (let j = 0; j < Math.min(k, sorted.length); j++) total += sorted[j];
  }
  return total / W.length;
}
