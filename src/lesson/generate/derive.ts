import {
  type CachedRun,
  causalMask,
  causalPassMacs,
  cachedStepMacs,
  decodeMacsTotal,
  generateCached,
  generateUncached,
  type HeadDims,
  kvBytes,
  maxAbsDiffMat,
  type UncachedStep,
  uncachedStepMacs,
} from '../../core';
import { BENCH_D, D_K, D_MODEL, type GenerateState, type GUESS_BUCKETS, PROMPT } from './model';

/** Counters of one step: multiply-adds and fp32 bytes of K/V, with and without a cache, at sequence length T. */
export interface StepCount {
  T: number;
  /** Rows read from the cache in this step (T − 1); the new token's own row is computed. */
  read: number;
  cachedMacs: number;
  uncachedMacs: number;
  /** K/V bytes the cache keeps after this step (fp32). */
  cachedBytes: number;
  /** K/V bytes the uncached path keeps between steps: none. */
  uncachedKeptBytes: number;
  /** K/V bytes the uncached path builds during the step and then throws away. */
  uncachedPeakBytes: number;
}

/** The Predict question's numbers: total MACs of generating N tokens at width d, both paths. */
export interface PredictNumbers {
  N: number;
  d: number;
  cachedTotal: number;
  uncachedTotal: number;
  ratio: number;
  /** Which answer bucket the ratio falls into. */
  bucket: (typeof GUESS_BUCKETS)[number];
}

/** Every number the generation chapter shows, computed by the core from the current inputs. */
export interface GenerateNumbers {
  dims: HeadDims;
  run: CachedRun;
  uncached: UncachedStep[];
  /** Per decode step: the cached output row and the uncached path's last row, (1, d_v) each. */
  outCached: number[][];
  outUncached: number[][];
  /** Per decode step |cached − uncached| max, and the largest over all steps. */
  diffs: number[];
  maxDiff: number;
  prefillCount: StepCount;
  /** (3, 3): true where prefill's causal mask hides a later key from a query. */
  prefillMasked: boolean[][];
  counts: StepCount[];
  totals: { cachedMacs: number; uncachedMacs: number; ratio: number };
  predict: PredictNumbers;
}

export type GenerateResult = { ok: true; n: GenerateNumbers } | { ok: false; detail: string };

function count(T: number, dims: HeadDims, cachedMacs: number, uncachedMacs: number): StepCount {
  return { T, read: T - 1, cachedMacs, uncachedMacs, cachedBytes: kvBytes(T, dims), uncachedKeptBytes: 0, uncachedPeakBytes: kvBytes(T, dims) };
}

/** Total MACs for generating N tokens at width d (T = 1..N) with and without a cache, and their ratio. */
export function predictNumbers(N: number, d: number): PredictNumbers {
  const dims = { d_model: d, d_k: d, d_v: d };
  const cachedTotal = decodeMacsTotal(1, N, dims, true);
  const uncachedTotal = decodeMacsTotal(1, N, dims, false);
  const ratio = uncachedTotal / cachedTotal;
  const bucket = ratio < 10 ? 'lt10' : ratio < 100 ? '10to100' : ratio < 1000 ? '100to1000' : 'gt1000';
  return { N, d, cachedTotal, uncachedTotal, ratio, bucket };
}

/** Computes every number of the chapter; errors from the core become a detail message. */
export function deriveGenerate(s: GenerateState): GenerateResult {
  try {
    const dims: HeadDims = { d_model: D_MODEL, d_k: D_K, d_v: D_K };
    const W = { W_Q: s.W_Q, W_K: s.W_K, W_V: s.W_V };
    const p = PROMPT.length;
    const run = generateCached(s.X, W, p); // prefill (3 tokens), then 3 decode steps
    const uncached = generateUncached(s.X, W, p); // recompute at T = 4, 5, 6
    const outCached = run.steps.map((st) => st.trace.output[0]);
    const outUncached = uncached.map((u) => u.trace.output[u.trace.output.length - 1]);
    const diffs = outCached.map((o, i) => maxAbsDiffMat([o], [outUncached[i]]));
    const counts = run.steps.map((_, i) => {
      const T = p + i + 1;
      return count(T, dims, cachedStepMacs(T, dims), uncachedStepMacs(T, dims));
    });
    const prefillCount = count(p, dims, causalPassMacs(p, dims), causalPassMacs(p, dims));
    const cachedMacs = prefillCount.cachedMacs + counts.reduce((a, c) => a + c.cachedMacs, 0);
    const uncachedMacs = prefillCount.uncachedMacs + counts.reduce((a, c) => a + c.uncachedMacs, 0);
    return {
      ok: true,
      n: {
        dims,
        run,
        uncached,
        outCached,
        outUncached,
        diffs,
        maxDiff: Math.max(0, ...diffs),
        prefillCount,
        prefillMasked: causalMask(p, p).map((row) => row.map((may) => !may)),
        counts,
        totals: { cachedMacs, uncachedMacs, ratio: uncachedMacs / cachedMacs },
        predict: predictNumbers(Number(s.benchN), BENCH_D),
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
