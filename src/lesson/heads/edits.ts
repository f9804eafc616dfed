import { D_MODEL, HEAD_COUNTS, HEADS_DEFAULTS, type HeadsState } from './model';

/** Which matrix of the chapter a cell belongs to. */
export type HeadsTarget = 'X' | 'WQ' | 'WK' | 'WV' | 'WO';

/** The state with one cell replaced. */
export function setCell(s: HeadsState, target: HeadsTarget, row: number, col: number, value: number): HeadsState {
  return { ...s, [target]: s[target].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r)) };
}

/** The state with h query heads; K/V heads stay if they still divide h, otherwise become h (MHA). */
export function setHeads(s: HeadsState, h: number): HeadsState {
  return { ...s, h, kvHeads: h % s.kvHeads === 0 ? s.kvHeads : h };
}

/** The divisors g of h, largest first (every group then holds the same number of query heads), with per = h / g and the name. */
export function kvChoices(h: number): { g: number; per: number; kind: 'mha' | 'gqa' | 'mqa' }[] {
  return Array.from({ length: h }, (_, i) => h - i)
    .filter((g) => h % g === 0)
    .map((g) => ({ g, per: h / g, kind: g === h ? 'mha' : g === 1 ? 'mqa' : 'gqa' }));
}

/** The query-head counts on offer with their head width d = d_model / h. */
export function headOptions(): { h: number; d: number }[] {
  return HEAD_COUNTS.map((h) => ({ h, d: D_MODEL / h }));
}

/** "Identical heads" preset: every head's K and V projections equal head 0's, so sharing K/V loses nothing. */
export function identicalKV(s: HeadsState): HeadsState {
  const d = s.WK[0].length / s.h;
  const copy = (W: number[][]) => W.map((r) => r.map((_, j) => r[j % d]));
  return { ...s, WK: copy(s.WK), WV: copy(s.WV) };
}

/** True when a cell differs from the seeded default. */
export function differs(s: HeadsState, target: HeadsTarget, row: number, col: number): boolean {
  return HEADS_DEFAULTS[target][row]?.[col] !== s[target][row][col];
}

/** True when any input differs from the defaults. */
export function isEdited(s: HeadsState): boolean {
  return JSON.stringify(s) !== JSON.stringify(HEADS_DEFAULTS);
}
