import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_K, RUNNING_Q, RUNNING_TOKENS, RUNNING_V, runningCopy } from '../runningExample';

/** Vector length bounds for the worked example. */
export const MIN_D = 1;
export const MAX_D = 8;

/** The worked example's inputs. Rows = tokens ("The", "cat", "sat"), columns = dimensions. */
export type WorkedState = {
  /** Length of every vector (d_k = d_v = d). */
  d: number;
  /** Query of the new token "on", (d). */
  q: number[];
  /** Cached keys of The, cat, sat, (3, d). */
  K: number[][];
  /** Cached values of The, cat, sat, (3, d). */
  V: number[][];
  /** Key of "on" itself (our choice, not the article's), (d). */
  kOn: number[];
  /** Value of "on" itself (our choice, not the article's), (d). */
  vOn: number[];
  /** Divide the scores by √d_k (switch it off to see softmax saturate). */
  scaled: boolean;
};

/** The tokens already in the cache, and the new one (the running example "The cat sat on"). */
export const CACHED_TOKENS = [RUNNING_TOKENS[0], RUNNING_TOKENS[1], RUNNING_TOKENS[2]] as const;
export const NEW_TOKEN = RUNNING_TOKENS[3];

/** Article 000's numbers (and our own k, v for "on"), taken from the running example. */
export const ARTICLE: WorkedState = {
  d: 3,
  q: [...RUNNING_Q[3]],
  K: runningCopy(RUNNING_K.slice(0, 3)),
  V: runningCopy(RUNNING_V.slice(0, 3)),
  kOn: [...RUNNING_K[3]],
  vOn: [...RUNNING_V[3]],
  scaled: true,
};

/** The weights and output the article quotes (rounded from a wrong softmax), for the erratum notes. */
export const ARTICLE_QUOTED = { weights: [0.45, 0.45, 0.1], output: [0.25, 0.325, 0.49] } as const;

const rowsOk = (m: number[][], rows: number, d: number) => m.length === rows && m.every((r) => r.length === d);

export const workedModel: ChapterModel<WorkedState> = {
  defaults: ARTICLE,
  fields: {
    d: { kind: 'int', min: MIN_D, max: MAX_D },
    q: { kind: 'vec', maxLen: MAX_D },
    K: { kind: 'mat', maxRows: 3, maxCols: MAX_D },
    V: { kind: 'mat', maxRows: 3, maxCols: MAX_D },
    kOn: { kind: 'vec', maxLen: MAX_D },
    vOn: { kind: 'vec', maxLen: MAX_D },
    scaled: { kind: 'bool' },
  },
  check: (s) => {
    if (s.q.length !== s.d) return 'q';
    if (!rowsOk(s.K, 3, s.d)) return 'K';
    if (!rowsOk(s.V, 3, s.d)) return 'V';
    if (s.kOn.length !== s.d) return 'kOn';
    if (s.vOn.length !== s.d) return 'vOn';
    return null;
  },
};
