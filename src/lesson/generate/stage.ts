import { kvCacheStore } from '../stage/attention';
import type { StageDef } from '../stage/types';
import type { GenerateNumbers, StepCount } from './derive';
import { PROMPT, TOKENS } from './model';

/**
 * The generation stage: each token's embedding x → its q, k, v (x·W_Q, x·W_K, x·W_V) → the newest
 * token's softmax weights over every cached row → its output o, with the step's multiply-add and
 * byte counters; beside it the KV cache as token rows that grow one row per decoded token.
 * Source: article 003 §6 (/work/shared/seeds), Vaswani et al. 2017 eq. 1 for one query row.
 */
export const generateStage: StageDef = {
  id: 'generate',
  titleKey: 'generate.stage.title',
  flow: [
    { id: 'prompt', symbol: 'x', labelKey: 'generate.stage.prompt', role: 'input' },
    { id: 'qkv', symbol: 'x·W', labelKey: 'generate.stage.qkv', role: 'op' },
    { id: 'weights', symbol: 'softmax', labelKey: 'generate.stage.weights', role: 'op' },
    { id: 'output', symbol: 'o', labelKey: 'generate.stage.output', role: 'output' },
    { id: 'counters', symbol: '×+ · B', labelKey: 'generate.stage.counters', role: 'output' },
  ],
  store: kvCacheStore('generate.stage.newRow'),
};

/** What the stage draws at one position of the generation: 0 = after prefill, p = after p decoded tokens. */
export interface GenerateFrame {
  /** Rows in the cache, T = prompt length + p. */
  T: number;
  /** The newest token (whose query row is drawn): "sat" after prefill, then on, the, mat. */
  token: string;
  /** Its index in TOKENS (T − 1). */
  newest: number;
  /** Cached keys and values, (T, d_k) and (T, d_v). */
  keys: readonly (readonly number[])[];
  values: readonly (readonly number[])[];
  /** The newest token's query (1, d_k), its weights over the T rows, and its output (1, d_v). */
  q: readonly number[];
  weights: readonly number[];
  output: readonly number[];
  /** Rows computed at this position (all prompt rows in prefill; the one appended row when decoding). */
  fresh: readonly number[];
  /** Multiply-adds and bytes of this position's work, with and without a cache. */
  count: StepCount;
}

/** The stage's frame at position `p` (0..CONTINUATION.length), from the chapter's numbers; throws on a bad position. */
export function generateFrame(n: GenerateNumbers, p: number): GenerateFrame {
  if (!Number.isInteger(p) || p < 0 || p > n.run.steps.length) throw new RangeError(`generateFrame: position ${p} is outside 0..${n.run.steps.length}`);
  if (p === 0) {
    const { cache, trace, Q } = n.run.prefill;
    const last = PROMPT.length - 1;
    return {
      T: PROMPT.length,
      token: TOKENS[last],
      newest: last,
      keys: cache.keys,
      values: cache.values,
      q: Q[last],
      weights: trace.weights[last],
      output: trace.output[last],
      fresh: PROMPT.map((_, i) => i),
      count: n.prefillCount,
    };
  }
  const st = n.run.steps[p - 1];
  const T = PROMPT.length + p;
  return {
    T,
    token: TOKENS[T - 1],
    newest: T - 1,
    keys: st.cache.keys,
    values: st.cache.values,
    q: st.q,
    weights: st.trace.weights[0],
    output: st.trace.output[0],
    fresh: [T - 1],
    count: n.counts[p - 1],
  };
}
