/**
 * The decode loop of the benchmark, on flat Float64Arrays so that timing measures arithmetic, not
 * allocation: one head, one layer, d_model = d_k = d_v = d. Row t of a buffer sits at [t·d, (t+1)·d).
 */
import { assertSize } from './checks';
import { mulberry32 } from './random';

/** Random inputs: embeddings X (N, d) in [−1, 1), weights W_Q, W_K, W_V (d, d) in ±1/√d. */
export interface BenchModel {
  readonly N: number;
  readonly d: number;
  readonly X: Float64Array;
  readonly Wq: Float64Array;
  readonly Wk: Float64Array;
  readonly Wv: Float64Array;
}

/** A preallocated cache of N keys and values (N, d) holding `length` rows, and scratch space. */
export interface BenchCache {
  readonly K: Float64Array;
  readonly V: Float64Array;
  length: number;
  readonly q: Float64Array;
  readonly w: Float64Array;
}

/** Seeded random inputs for N tokens of width d. */
export function createBenchModel(N: number, d: number, seed: number): BenchModel {
  assertSize(N, 'createBenchModel: N');
  assertSize(d, 'createBenchModel: d');
  if (N < 1 || d < 1) throw new RangeError(`createBenchModel: N and d must be >= 1, got N = ${N}, d = ${d}`);
  const rng = mulberry32(seed);
  const fill = (n: number, s: number) => Float64Array.from({ length: n }, () => (2 * rng() - 1) * s);
  const s = 1 / Math.sqrt(d);
  return { N, d, X: fill(N * d, 1), Wq: fill(d * d, s), Wk: fill(d * d, s), Wv: fill(d * d, s) };
}

/** An empty cache with room for all N tokens of m. */
export function createBenchCache(m: BenchModel): BenchCache {
  return { K: new Float64Array(m.N * m.d), V: new Float64Array(m.N * m.d), length: 0, q: new Float64Array(m.d), w: new Float64Array(m.N) };
}

/** out (d) = row t of X times W (d, d): x_t·W. */
function projectRow(m: BenchModel, t: number, W: Float64Array, out: Float64Array, at: number): void {
  const d = m.d;
  for (let j = 0; j < d; j++) out[at + j] = 0;
  for (let i = 0; i < d; i++) {
    const x = m.X[t * d + i];
    for (let j = 0; j < d; j++) out[at + j] += x * W[i * d + j];
  }
}

/** out (d) = softmax(q·K[0..T)ᵀ / √d) · V[0..T): one query row over the first T cached rows; w is scratch (≥ T). */
function attendRow(q: Float64Array, qAt: number, K: Float64Array, V: Float64Array, T: number, d: number, w: Float64Array, out: Float64Array): void {
  const root = Math.sqrt(d);
  let max = -Infinity;
  for (let j = 0; j < T; j++) {
    let s = 0;
    for (let c = 0; c < d; c++) s += q[qAt + c] * K[j * d + c]; // (d) · (d) -> score
    w[j] = s / root;
    if (w[j] > max) max = w[j];
  }
  let sum = 0;
  for (let j = 0; j < T; j++) {
    w[j] = Math.exp(w[j] - max);
    sum += w[j];
  }
  for (let c = 0; c < d; c++) out[c] = 0;
  for (let j = 0; j < T; j++) {
    const wj = w[j] / sum;
    for (let c = 0; c < d; c++) out[c] += wj * V[j * d + c]; // (T) x (T, d) -> (d)
  }
}

/** Cached step: project token `cache.length` only, append its k, v, attend with one query; out (d) = its output. */
export function benchCachedStep(m: BenchModel, cache: BenchCache, out: Float64Array): void {
  const t = cache.length;
  if (t >= m.N) throw new RangeError(`benchCachedStep: the cache is full (${m.N} tokens)`);
  projectRow(m, t, m.Wk, cache.K, t * m.d);
  projectRow(m, t, m.Wv, cache.V, t * m.d);
  projectRow(m, t, m.Wq, cache.q, 0);
  cache.length = t + 1;
  attendRow(cache.q, 0, cache.K, cache.V, t + 1, m.d, cache.w, out); // (1, d) over (t + 1, d)
}

/** Scratch for an uncached step: Q, K, V (N, d), one weight row and one output row. */
export interface BenchScratch {
  readonly Q: Float64Array;
  readonly K: Float64Array;
  readonly V: Float64Array;
  readonly w: Float64Array;
  readonly row: Float64Array;
}

/** Scratch space for uncached steps of m. */
export function createBenchScratch(m: BenchModel): BenchScratch {
  const n = m.N * m.d;
  return { Q: new Float64Array(n), K: new Float64Array(n), V: new Float64Array(n), w: new Float64Array(m.N), row: new Float64Array(m.d) };
}

/** Uncached step at length T: recompute Q, K, V of tokens 0..T−1 and causal attention for every row; out (d) = last row. */
export function benchUncachedStep(m: BenchModel, T: number, s: BenchScratch, out: Float64Array): void {
  if (!Number.isInteger(T) || T < 1 || T > m.N) throw new RangeError(`benchUncachedStep: T must be in 1..${m.N}, got ${T}`);
  for (let t = 0; t < T; t++) {
    projectRow(m, t, m.Wq, s.Q, t * m.d); // (T, d) x (d, d) -> (T, d), row by row
    projectRow(m, t, m.Wk, s.K, t * m.d);
    projectRow(m, t, m.Wv, s.V, t * m.d);
  }
  // Every row is needed in a real stack (it feeds the next layer); row i sees keys 0..i only.
  for (let i = 0; i < T; i++) attendRow(s.Q, i * m.d, s.K, s.V, i + 1, m.d, s.w, i === T - 1 ? out : s.row);
}
