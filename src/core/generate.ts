/**
 * Generation of a fixed sequence with and without a KV cache, one head, one layer. Rows of X are
 * token embeddings (T, d_model); the first `prompt` rows are the prompt, the rest are fed one by one.
 */
import { attend } from './attend';
import { assertMat } from './checks';
import { createKVCache } from './kvCache';
import { decodeStep, prefill } from './decode';
import { project } from './project';
import type { AttentionTrace, KVCache, Mat } from './types';

/** Projection weights of one head: W_Q, W_K (d_model, d_k) and W_V (d_model, d_v). */
export interface QKVWeights {
  readonly W_Q: Mat;
  readonly W_K: Mat;
  readonly W_V: Mat;
}

/** One cached decode step: the new token's q, k, v (computed now), the grown cache and the one-row trace. */
export interface CachedStep {
  q: number[];
  k: number[];
  v: number[];
  cache: KVCache;
  trace: AttentionTrace;
}

/** The cached path: prefill's Q, K, V (p, ·) and trace, then one CachedStep per generated token. */
export interface CachedRun {
  prefill: { Q: number[][]; K: number[][]; V: number[][]; cache: KVCache; trace: AttentionTrace };
  steps: CachedStep[];
}

/** One uncached step at length T: Q, K, V recomputed for all T tokens and the full causal (T, T) trace. */
export interface UncachedStep {
  Q: number[][];
  K: number[][];
  V: number[][];
  trace: AttentionTrace;
}

function checkPrompt(X: Mat, prompt: number, fn: string): void {
  assertMat(X, `${fn}: X`);
  if (!Number.isInteger(prompt) || prompt < 1 || prompt > X.length) {
    throw new RangeError(`${fn}: prompt length must be an integer in 1..${X.length} (rows of X ${X.length}), got ${prompt}`);
  }
}

/** With a cache: prefill the prompt rows of X at once, then for each later row project only it and decodeStep. */
export function generateCached(X: Mat, W: QKVWeights, prompt: number): CachedRun {
  checkPrompt(X, prompt, 'generateCached');
  const P = X.slice(0, prompt); // (p, d_model)
  const Q = project(P, W.W_Q); // (p, d_model) x (d_model, d_k) -> (p, d_k)
  const K = project(P, W.W_K); // (p, d_model) x (d_model, d_k) -> (p, d_k)
  const V = project(P, W.W_V); // (p, d_model) x (d_model, d_v) -> (p, d_v)
  const first = prefill(createKVCache(), Q, K, V); // cache (p, ·), weights (p, p)
  let cache = first.cache;
  const steps: CachedStep[] = [];
  for (let t = prompt; t < X.length; t++) {
    // Only the new token is projected: every earlier k, v is read from the cache.
    const q = project([X[t]], W.W_Q)[0]; // (1, d_model) x (d_model, d_k) -> (d_k)
    const k = project([X[t]], W.W_K)[0];
    const v = project([X[t]], W.W_V)[0];
    const step = decodeStep(cache, q, k, v); // cache (t, ·) -> (t + 1, ·), weights (1, t + 1)
    cache = step.cache;
    steps.push({ q, k, v, cache, trace: step.trace });
  }
  return { prefill: { Q, K, V, cache: first.cache, trace: first.trace }, steps };
}

/** Without a cache: for each generated token at length T, recompute Q, K, V of rows 0..T−1 and full causal attention. */
export function generateUncached(X: Mat, W: QKVWeights, prompt: number): UncachedStep[] {
  checkPrompt(X, prompt, 'generateUncached');
  const steps: UncachedStep[] = [];
  for (let T = prompt + 1; T <= X.length; T++) {
    const S = X.slice(0, T); // (T, d_model): the whole sequence so far, every time
    const Q = project(S, W.W_Q); // (T, d_model) x (d_model, d_k) -> (T, d_k)
    const K = project(S, W.W_K); // (T, d_model) x (d_model, d_k) -> (T, d_k)
    const V = project(S, W.W_V); // (T, d_model) x (d_model, d_v) -> (T, d_v)
    steps.push({ Q, K, V, trace: attend(Q, K, V, { causal: true }) }); // weights (T, T)
  }
  return steps;
}

/** Largest |a_ij − b_ij| over two matrices of the same shape (0 when they are identical). */
export function maxAbsDiffMat(A: Mat, B: Mat): number {
  if (A.length !== B.length || A.some((row, i) => row.length !== B[i].length)) {
    throw new Error(`maxAbsDiffMat: shapes differ, (${A.length}, ${A[0]?.length ?? 0}) vs (${B.length}, ${B[0]?.length ?? 0})`);
  }
  let m = 0;
  A.forEach((row, i) => {
    row.forEach((a, j) => {
      m = Math.max(m, Math.abs(a - B[i][j]));
    });
  });
  return m;
}
