import {
  type AttentionCost,
  attend,
  attentionCost,
  belowEps,
  causalMask,
  mulberry32,
  randomNormalMat,
  ratio,
  type SparsityCount,
  scaleVec,
  sparsity,
  toGiB,
  topKMass,
} from '../../core';
import { BYTES, type CostState, EPS_PRESETS, SPARSITY_D } from './model';

/** Every number of the time, memory and bound steps. */
export interface CostNumbers {
  cost: AttentionCost;
  /** The same sizes with S doubled. */
  doubled: AttentionCost;
  /** fullMacs(2S) / fullMacs(S) and decodeMacs(2S) / decodeMacs(S). */
  fullGrowth: number;
  decodeGrowth: number;
  /** fullMacs / decodeMacs: how many decode steps of length S one full causal pass costs, (S + 1)/2. */
  fullOverDecode: number;
  /** scoresBytes / cacheBytes. */
  scoresOverCache: number;
  scoresGiB: number;
  cacheGiB: number;
  /** A fused kernel's extra memory for one layer (row statistics), in GiB, and its share of the cache. */
  fusedGiB: number;
  fusedOverCache: number;
  /** cache ÷ fused extra: the fused kernel's memory is 1/cacheOverFused of the cache. */
  cacheOverFused: number;
  /** Bytes per stored number (from the precision). */
  bytes: number;
  /** FLOPs of one decode step (2 per multiply-add), and the doubled length 2S. */
  decodeFlops: number;
  S2: number;
  /** Visible (query, key) pairs whose q·k a full causal pass computes, S(S+1)/2, and one cached step, S. */
  pairs: { full: number; decode: number };
}

/** Every number of the sparsity step. */
export interface SparsityNumbers {
  /** (T, T) causal weights of a seeded random sequence. */
  weights: number[][];
  mask: boolean[][];
  /** (T, T): true = hidden by the causal mask (the heatmap hatches these). */
  hidden: boolean[][];
  count: SparsityCount;
  presets: { eps: number; count: SparsityCount }[];
  /** Weight carried by the 3 largest weights of the last query (which sees every key). */
  top3Last: number;
  /** (T, T): per cell whether its weight is below ε (masked cells: false). */
  below: boolean[][];
}

export type Result<T> = { ok: true; n: T } | { ok: false; detail: string };

function guard<T>(f: () => T): Result<T> {
  try {
    return { ok: true, n: f() };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** Exact counts for the current sizes, and for S doubled. */
export function deriveCost(s: CostState): Result<CostNumbers> {
  return guard(() => {
    const sizes = { S: s.S, d: s.d, B: s.B, N: s.N, L: s.L, bytes: BYTES[s.precision] };
    const cost = attentionCost(sizes);
    const doubled = attentionCost({ ...sizes, S: 2 * s.S });
    return {
      cost,
      doubled,
      fullGrowth: ratio(doubled.fullMacs, cost.fullMacs),
      decodeGrowth: ratio(doubled.decodeMacs, cost.decodeMacs),
      fullOverDecode: ratio(cost.fullMacs, cost.decodeMacs),
      scoresOverCache: ratio(cost.scoresBytes, cost.cacheBytes),
      scoresGiB: toGiB(cost.scoresBytes),
      cacheGiB: toGiB(cost.cacheBytes),
      fusedGiB: toGiB(cost.fusedExtraBytes),
      fusedOverCache: ratio(cost.fusedExtraBytes, cost.cacheBytes),
      cacheOverFused: ratio(cost.cacheBytes, cost.fusedExtraBytes),
      bytes: sizes.bytes,
      decodeFlops: 2 * cost.decodeMacs,
      S2: 2 * s.S,
      pairs: { full: (s.S * (s.S + 1)) / 2, decode: s.S },
    };
  });
}

/** Causal attention weights of T random tokens (scores sharpened by `peak`), and their sparsity at ε. */
export function deriveSparsity(s: CostState, eps: number): Result<SparsityNumbers> {
  return guard(() => {
    const Q = randomNormalMat(mulberry32(s.seed), s.T, SPARSITY_D).map((q) => scaleVec(q, s.peak)); // (T, d)
    const K = randomNormalMat(mulberry32(s.seed + 1), s.T, SPARSITY_D); // (T, d)
    const weights = attend(Q, K, K, { causal: true }).weights; // (T, d) x (d, T) -> (T, T)
    const mask = causalMask(s.T, s.T);
    return {
      weights,
      mask,
      below: belowEps(weights, eps, mask),
      hidden: mask.map((r) => r.map((v) => !v)),
      count: sparsity(weights, eps, mask),
      presets: EPS_PRESETS.map((e) => ({ eps: e, count: sparsity(weights, e, mask) })),
      top3Last: topKMass([weights[s.T - 1]], 3),
    };
  });
}

/** Bucket edges for the sparsity prediction (share of visible weights below ε). */
export const SHARE_BUCKETS = [0.25, 0.5, 0.75] as const;

/** Index of the bucket a share falls in: 0 (< 25 %) … 3 (≥ 75 %). */
export function shareBucket(x: number): number {
  const i = SHARE_BUCKETS.findIndex((edge) => x < edge);
  return i === -1 ? SHARE_BUCKETS.length : i;
}

/** The growth factors offered by the "double S" prediction. */
export const GROWTH_OPTIONS = [2, 4, 8] as const;

/** The option closest to a measured growth factor. */
export function nearestGrowth(g: number): number {
  return GROWTH_OPTIONS.reduce((best, x) => (Math.abs(x - g) < Math.abs(best - g) ? x : best), GROWTH_OPTIONS[0]);
}
