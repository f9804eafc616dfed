import { mulberry32, uniformMat } from '../../core';
import type { ChapterModel } from '../../state/chapterModel';

/** The prompt, the fixed continuation (no language-model head picks it), and the widths of the toy head. */
export const PROMPT = ['The', 'cat', 'sat'] as const;
export const CONTINUATION = ['on', 'the', 'mat'] as const;
export const TOKENS = [...PROMPT, ...CONTINUATION] as const;
export const D_MODEL = 4;
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
  /** Tokens to generate in the live benchmark. */
  benchN: string;
};

/** Seeded defaults rounded to one decimal, so the share link stays short and the cells readable. */
function seeded(seed: number, rows: number, cols: number): number[][] {
  return uniformMat(mulberry32(seed), rows, cols).map((r) => r.map((x) => Math.round(x * 10) / 10 || 0));
}

export const DEFAULTS: GenerateState = {
  X: seeded(2024, TOKENS.length, D_MODEL),
  W_Q: seeded(11, D_MODEL, D_K),
  W_K: seeded(12, D_MODEL, D_K),
  W_V: seeded(13, D_MODEL, D_K),
  decoded: 1,
  benchN: '512',
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
  },
  check: (s) => {
    if (!shapeOk(s.X, TOKENS.length, D_MODEL)) return 'X';
    for (const w of ['W_Q', 'W_K', 'W_V'] as const) if (!shapeOk(s[w], D_MODEL, D_K)) return w;
    return null;
  },
};
