import type { Mat, Vec } from '../types';

/** y = W·x for a weight in nn.Linear's (out, in) layout: (out, in) · (in) -> (out). Unchecked: callers pass validated shapes. */
export function linear(W: Mat, x: Vec): number[] {
  const y = new Array<number>(W.length);
  for (let o = 0; o < W.length; o++) {
    const w = W[o];
    let s = 0;
    for (let i = 0; i < x.length; i++) s += w[i] * x[i];
    y[o] = s;
  }
  return y; // (out)
}

/** linear on every row: X (T, in) -> (T, out), i.e. X·Wᵀ. */
export function linearRows(W: Mat, X: Mat): number[][] {
  return X.map((x) => linear(W, x)); // (T, in) x (in, out) -> (T, out)
}

/** Splits each row (T, n·w) into n blocks of width w: -> (n) × (T, w). Used to split heads: (T, H·hd) -> (H) × (T, hd). */
export function splitHeads(X: Mat, n: number, w: number): number[][][] {
  return Array.from({ length: n }, (_, h) => X.map((row) => row.slice(h * w, (h + 1) * w))); // (n, T, w)
}

/** Joins per-head matrices side by side: (n) × (T, w) -> (T, n·w). */
export function joinHeads(heads: readonly Mat[]): number[][] {
  return heads[0].map((_, t) => heads.flatMap((m) => m[t] as number[])); // (T, n·w)
}

/** Elementwise a + b of two matrices of one shape (a residual connection): (T, d) + (T, d) -> (T, d). */
export function addRows(a: Mat, b: Mat): number[][] {
  return a.map((row, t) => row.map((x, i) => x + b[t][i])); // (T, d)
}
