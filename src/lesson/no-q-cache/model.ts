import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_K, RUNNING_Q, RUNNING_TOKENS, RUNNING_V, runningCopy } from '../runningExample';

/** Vector length of this chapter (fixed, as in article 000). */
export const D = 3;

/** The sequence so far, and the token that may be added. */
export const EARLY_TOKENS = [RUNNING_TOKENS[0], RUNNING_TOKENS[1], RUNNING_TOKENS[2]] as const;
export const NEW_TOKEN = RUNNING_TOKENS[3];
export const ALL_TOKENS = [...EARLY_TOKENS, NEW_TOKEN] as const;

/** Editable state of "Why no Q cache?". Rows = tokens (The, cat, sat, on), columns = dimensions. */
export type NoQState = {
  /** Queries, (4, d): row 3 is article 000's q of "on"; rows 0–2 are ours. */
  Q: number[][];
  /** Keys, (4, d): rows 0–2 are article 000's; row 3 ("on") is ours. */
  K: number[][];
  /** Values, (4, d): rows 0–2 are article 000's; row 3 ("on") is ours. */
  V: number[][];
  /** Whether "on" has been added to the sequence. */
  added: boolean;
  /** Whether the causal mask is on. */
  causal: boolean;
  /** Row of QKᵀ picked for the row/column reading (0..3). */
  row: number;
  /** Column of QKᵀ picked for the row/column reading (0..3). */
  col: number;
};

/** Defaults: the running example (article 000's vectors plus our own q for The/cat/sat and k, v for "on"). */
export const DEFAULTS: NoQState = {
  Q: runningCopy(RUNNING_Q),
  K: runningCopy(RUNNING_K),
  V: runningCopy(RUNNING_V),
  added: false,
  causal: true,
  row: 3,
  col: 3,
};

const rowsOk = (m: number[][]) => m.length === ALL_TOKENS.length && m.every((r) => r.length === D);

export const noQCacheModel: ChapterModel<NoQState> = {
  defaults: DEFAULTS,
  fields: {
    Q: { kind: 'mat', maxRows: 4, maxCols: D },
    K: { kind: 'mat', maxRows: 4, maxCols: D },
    V: { kind: 'mat', maxRows: 4, maxCols: D },
    added: { kind: 'bool' },
    causal: { kind: 'bool' },
    row: { kind: 'int', min: 0, max: 3 },
    col: { kind: 'int', min: 0, max: 3 },
  },
  check: (s) => {
    if (!rowsOk(s.Q)) return 'Q';
    if (!rowsOk(s.K)) return 'K';
    if (!rowsOk(s.V)) return 'V';
    return null;
  },
};

/** Which article each number comes from: true where the default is article 000's own value. */
export function isArticleValue(target: 'Q' | 'K' | 'V', row: number): boolean {
  return target === 'Q' ? row === 3 : row < 3;
}
