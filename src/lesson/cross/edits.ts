import { DEC_TOKENS, DEFAULTS, type CrossState } from './model';

/** Which matrix of the chapter a cell belongs to. */
export type CrossTarget = 'Kenc' | 'Venc' | 'Q' | 'Kdec' | 'Vdec';

/** The state with one cell replaced. */
export function setCell(s: CrossState, target: CrossTarget, row: number, col: number, value: number): CrossState {
  return { ...s, [target]: s[target].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r)) };
}

/** True when the cell differs from its default. */
export function differsFromDefault(s: CrossState, target: CrossTarget, row: number, col: number): boolean {
  return s[target][row][col] !== DEFAULTS[target][row][col];
}

const TARGETS: readonly CrossTarget[] = ['Kenc', 'Venc', 'Q', 'Kdec', 'Vdec'];

/** True when any vector differs from the defaults. */
export function isEdited(s: CrossState): boolean {
  return TARGETS.some((m) => JSON.stringify(s[m]) !== JSON.stringify(DEFAULTS[m]));
}

/** The state with every vector reset, keeping the decoding step. */
export function resetVectors(s: CrossState): CrossState {
  return { ...structuredClone(DEFAULTS), t: s.t };
}

/** The state moved to decoding step t (clamped to 1..number of decoded tokens). */
export function goToStep(s: CrossState, t: number): CrossState {
  return { ...s, t: Math.min(DEC_TOKENS.length, Math.max(1, Math.round(t))) };
}
