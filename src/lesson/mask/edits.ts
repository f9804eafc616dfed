import { MASK_DEFAULT, MAX_D, MIN_D, type MaskState } from './model';

/** Which matrix a cell belongs to. */
export type MaskMatrix = 'Q' | 'K' | 'V';

/** The state with one cell of Q, K or V replaced. */
export function setCell(s: MaskState, m: MaskMatrix, row: number, col: number, value: number): MaskState {
  return { ...s, [m]: s[m].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r)) };
}

/** The state with every row cut or zero-padded to length d (clamped to MIN_D..MAX_D). */
export function resize(s: MaskState, d: number): MaskState {
  const n = Math.min(MAX_D, Math.max(MIN_D, Math.round(d)));
  const padTo = (m: number[][]) => m.map((r) => Array.from({ length: n }, (_, j) => r[j] ?? 0));
  return { ...s, d: n, Q: padTo(s.Q), K: padTo(s.K), V: padTo(s.V) };
}

/** True when a cell differs from the default (cells beyond the default's width always differ). */
export function differsFromDefault(s: MaskState, m: MaskMatrix, row: number, col: number): boolean {
  return MASK_DEFAULT[m][row]?.[col] !== s[m][row][col];
}

/** True when Q, K, V or d differ from the defaults (the switch and block size do not count). */
export function inputsEdited(s: MaskState): boolean {
  const pick = (x: MaskState) => JSON.stringify([x.d, x.Q, x.K, x.V]);
  return pick(s) !== pick(MASK_DEFAULT);
}
