import { DEFAULTS, type NoQState } from './model';

/** Which matrix of the chapter a cell belongs to. */
export type NoQTarget = 'Q' | 'K' | 'V';

/** The state with one cell of Q, K or V replaced. */
export function setCell(s: NoQState, target: NoQTarget, row: number, col: number, value: number): NoQState {
  return { ...s, [target]: s[target].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r)) };
}

/** True when the cell differs from its default (article 000's or ours). */
export function differsFromDefault(s: NoQState, target: NoQTarget, row: number, col: number): boolean {
  return s[target][row][col] !== DEFAULTS[target][row][col];
}

/** True when any vector differs from the defaults (add/mask/reading choices are not edits). */
export function isEdited(s: NoQState): boolean {
  return (['Q', 'K', 'V'] as const).some((m) => JSON.stringify(s[m]) !== JSON.stringify(DEFAULTS[m]));
}

/** The state with the vectors reset, keeping the add/mask/reading choices. */
export function resetVectors(s: NoQState): NoQState {
  return { ...s, Q: structuredClone(DEFAULTS.Q), K: structuredClone(DEFAULTS.K), V: structuredClone(DEFAULTS.V) };
}
