import { ARTICLE, MAX_D, MIN_D, type WorkedState } from './model';

/** Which vector or matrix of the worked example a cell belongs to. */
export type WorkedTarget = 'q' | 'K' | 'V' | 'kOn' | 'vOn';

/** The state with one cell replaced (row is ignored for vectors). */
export function setCell(s: WorkedState, target: WorkedTarget, row: number, col: number, value: number): WorkedState {
  const setAt = (v: number[]) => v.map((x, j) => (j === col ? value : x));
  if (target === 'K' || target === 'V') {
    return { ...s, [target]: s[target].map((r, i) => (i === row ? setAt(r) : r)) };
  }
  return { ...s, [target]: setAt(s[target]) };
}

/** The state with every vector cut or zero-padded to length d (clamped to MIN_D..MAX_D). */
export function resize(s: WorkedState, d: number): WorkedState {
  const n = Math.min(MAX_D, Math.max(MIN_D, Math.round(d)));
  const padTo = (v: number[]) => Array.from({ length: n }, (_, j) => (j < v.length ? v[j] : 0));
  return { ...s, d: n, q: padTo(s.q), K: s.K.map(padTo), V: s.V.map(padTo), kOn: padTo(s.kOn), vOn: padTo(s.vOn) };
}

/** The value the article (or our default for "on") has at this cell, or undefined beyond its length. */
export function articleValue(target: WorkedTarget, row: number, col: number): number | undefined {
  const src = target === 'K' || target === 'V' ? ARTICLE[target][row] : ARTICLE[target];
  return src?.[col];
}

/** True when the cell's value is not the article's value (cells beyond d = 3 always differ). */
export function differsFromArticle(s: WorkedState, target: WorkedTarget, row: number, col: number): boolean {
  const current = target === 'K' || target === 'V' ? s[target][row][col] : s[target][col];
  return articleValue(target, row, col) !== current;
}

/** True when any input differs from the article's. */
export function isEdited(s: WorkedState): boolean {
  return JSON.stringify(s) !== JSON.stringify(ARTICLE);
}
