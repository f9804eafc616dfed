import { MAX_DK, MAX_DMODEL, MIN_DK, MIN_DMODEL, ORIGIN_ARTICLE, ORIGIN_DEFAULT, type OriginMatrix, type OriginState } from './model';

/** The state with one cell of X or a W replaced. */
export function setCell(s: OriginState, m: OriginMatrix, row: number, col: number, value: number): OriginState {
  return { ...s, [m]: s[m].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r)) };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));
const padTo = (m: number[][], rows: number, cols: number) =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => m[i]?.[j] ?? 0));

/** The state with new d_model and d_k: matrices cut, or padded with zeros. */
export function resize(s: OriginState, dModel: number, dK: number): OriginState {
  const dm = clamp(dModel, MIN_DMODEL, MAX_DMODEL);
  const dk = clamp(dK, MIN_DK, MAX_DK);
  return { dModel: dm, dK: dk, X: padTo(s.X, s.X.length, dm), WQ: padTo(s.WQ, dm, dk), WK: padTo(s.WK, dm, dk), WV: padTo(s.WV, dm, dk) };
}

/** The state with row `row` of X multiplied by c (the Predict experiment). */
export function scaleXRow(s: OriginState, row: number, c: number): OriginState {
  return { ...s, X: s.X.map((r, i) => (i === row ? r.map((x) => x * c) : r)) };
}

/** Which preset the state equals, if any. */
export function presetOf(s: OriginState): 'default' | 'article' | null {
  const j = JSON.stringify(s);
  if (j === JSON.stringify(ORIGIN_DEFAULT)) return 'default';
  if (j === JSON.stringify(ORIGIN_ARTICLE)) return 'article';
  return null;
}

/** True when a cell differs from the default preset (cells outside the default's shape always differ). */
export function differsFromDefault(s: OriginState, m: OriginMatrix, row: number, col: number): boolean {
  return ORIGIN_DEFAULT[m][row]?.[col] !== s[m][row][col];
}
