import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_D_MODEL, RUNNING_TOKENS, RUNNING_WK, RUNNING_WQ, RUNNING_WV, RUNNING_X, runningCopy } from '../runningExample';

/** The prompt, the fixed continuation (no language-model head picks it), and the widths of the toy head. */
export const PROMPT = [RUNNING_TOKENS[0], RUNNING_TOKENS[1], RUNNING_TOKENS[2]] as const;
export const CONTINUATION = [RUNNING_TOKENS[3], 'the', 'mat'] as const;
export const TOKENS = [...PROMPT, ...CONTINUATION] as const;
export const D_MODEL = RUNNING_D_MODEL;
export const D_K = 3;

/** Sequence lengths the live benchmark offers (d = 64). */
export const BENCH_NS = ['64', '128', '256', '512', '1024', '2048', '4096'] as const;
export const BENCH_D = 64;

/** The generation chapter's inputs. Rows = tokens, columns = dimensions. */
export type GenerateState = {
  /** Embeddings of the six tokens, (6, d_model). */
  X: number[][];
  /** Projections (d_model, d_k); d_v = d_k. */
  W_Q: number[][];
  W_K: number[][];
  W_V: number[][];
  /** How many continuation tokens have been decoded so far (1..3). */
  decoded: number;
  /** Tokens to generate in the live benchmark (also the N of the cost step's question). */
  benchN: string;
  /** The reader's guess on the cost step ('' before any), and the N it was for: the benchmark compares it with the measurement. */
  guess: string;
  guessN: string;
};

/** The cost step's answer ranges for "how many times more multiply-adds without a cache". */
export const GUESS_BUCKETS = ['lt10', '10to100', '100to1000', 'gt1000'] as const;

/**
 * Embeddings of the two tokens this chapter adds to the running example ("the", "mat"): ours,
 * small integers like the others, so their q, k, v come out of the same weights.
 */
export const EXTRA_X: readonly (readonly number[])[] = [
  [1, 0, 1, 0],
  [0, 1, 1, 0],
];

/** Defaults: the running example's embeddings and weights (so The, cat, sat, on carry the q, k, v of every chapter), plus "the" and "mat". */
export const DEFAULTS: GenerateState = {
  X: runningCopy([...RUNNING_X, ...EXTRA_X]),
  W_Q: runningCopy(RUNNING_WQ),
  W_K: runningCopy(RUNNING_WK),
  W_V: runningCopy(RUNNING_WV),
  decoded: 1,
  benchN: '512',
  guess: '',
  guessN: '512',
};

const shapeOk = (m: number[][], rows: number, cols: number) => m.length === rows && m.every((r) => r.length === cols);

export const generateModel: ChapterModel<GenerateState> = {
  defaults: DEFAULTS,
  fields: {
    X: { kind: 'mat', maxRows: TOKENS.length, maxCols: D_MODEL },
    W_Q: { kind: 'mat', maxRows: D_MODEL, maxCols: D_K },
    W_K: { kind: 'mat', maxRows: D_MODEL, maxCols: D_K },
    W_V: { kind: 'mat', maxRows: D_MODEL, maxCols: D_K },
    decoded: { kind: 'int', min: 1, max: CONTINUATION.length },
    benchN: { kind: 'enum', values: BENCH_NS },
    guess: { kind: 'enum', values: ['', ...GUESS_BUCKETS] },
    guessN: { kind: 'enum', values: BENCH_NS },
  },
  check: (s) => {
    if (!shapeOk(s.X, TOKENS.length, D_MODEL)) return 'X';
    for (const w of ['W_Q', 'W_K', 'W_V'] as const) if (!shapeOk(s[w], D_MODEL, D_K)) return w;
    return null;
  },
};
