import { DEFAULTS, type GenerateState } from './model';

/** Which matrix of the generation chapter a cell belongs to. */
export type GenerateTarget = 'X' | 'W_Q' | 'W_K' | 'W_V';

/** The state with one cell replaced. */
export function setCell(s: GenerateState, target: GenerateTarget, row: number, col: number, value: number): GenerateState {
  return { ...s, [target]: s[target].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r)) };
}

/** True when the cell differs from its default. */
export function cellEdited(s: GenerateState, target: GenerateTarget, row: number, col: number): boolean {
  return s[target][row][col] !== DEFAULTS[target][row][col];
}

/** True when any input of the toy model differs from the defaults. */
export function isEdited(s: GenerateState): boolean {
  return (['X', 'W_Q', 'W_K', 'W_V'] as const).some((k) => JSON.stringify(s[k]) !== JSON.stringify(DEFAULTS[k]));
}

/** The defaults for the toy model, keeping where the reader is (decode position, benchmark N). */
export function resetInputs(s: GenerateState): GenerateState {
  return { ...structuredClone(DEFAULTS), decoded: s.decoded, benchN: s.benchN, guess: s.guess, guessN: s.guessN };
}
