import { assertSize, describeValue } from './checks';

/** Sizes of a transformer's attention: S tokens, head dim d, batch B, N heads, L layers, bytes per stored number. */
export interface CostInputs {
  readonly S: number;
  readonly d: number;
  readonly B: number;
  readonly N: number;
  readonly L: number;
  readonly bytes: number;
}

/** Bytes per number of a fused kernel's row statistics (FlashAttention keeps them in fp32). */
export const FUSED_STAT_BYTES = 4;

/** Exact counts for causal attention over S tokens (a multiply-add = 2 FLOPs). */
export interface AttentionCost {
  /**
   * Full causal pass (prefill, or a step without a cache), all layers: query i sees i + 1 keys, so Q·Kᵀ
   * and weights·V each cost S(S+1)/2 · d multiply-adds (≈ S²·d/2; key j is used by the S − j queries
   * from j on): B·L·N·S(S+1)·d in all. It equals the sum of the decode steps of lengths 1 … S.
   */
  fullMacs: number;
  /** One cached decode step (one new token over S keys), all layers: 2·B·L·N·S·d multiply-adds. */
  decodeMacs: number;
  /** The scores matrix of one layer, B·N·S² numbers, and its bytes (what a standard kernel writes to memory). */
  scoresNumbers: number;
  scoresBytes: number;
  /**
   * What a fused kernel (FlashAttention, Dao et al. 2022, Algorithm 1) keeps besides its inputs and output
   * for one layer: a running maximum m and sum ℓ per query row, 2·B·N·S numbers in fp32. It never stores S×S.
   */
  fusedExtraBytes: number;
  /** The KV cache of all layers: K and V, 2·B·L·N·S·d numbers, and its bytes. */
  cacheNumbers: number;
  cacheBytes: number;
  /** The length from which one layer's scores outgrow the whole cache: scores > cache ⇔ S > 2·L·d. */
  scoresExceedCacheAbove: number;
  /** FLOPs per byte of K/V read during one decode step: 2/bytes (1 at fp16); the one query and output are tiny beside K/V. */
  decodeIntensity: number;
  /** FLOPs per byte of K/V in a causal prefill (each key and value reused by (S+1)/2 queries on average): (S+1)/bytes, ≈ S/2 at fp16. */
  prefillIntensity: number;
  /** The same for prefill counting the bytes of Q and O too (as large as K and V there): (S+1)/(2·bytes). */
  prefillIntensityQKVO: number;
}

/** Attention's time and memory as exact counts from the sizes; throws on a size that is not a positive integer. */
export function attentionCost(x: CostInputs): AttentionCost {
  for (const name of ['S', 'd', 'B', 'N', 'L', 'bytes'] as const) {
    assertSize(x[name], `attentionCost: ${name}`);
    if (x[name] < 1) throw new RangeError(`attentionCost: ${name} must be at least 1, got ${describeValue(x[name])}`);
  }
  const { S, d, B, N, L, bytes } = x;
  const heads = B * L * N; // independent (batch, layer, head) attention problems
  const fullMacs = heads * S * (S + 1) * d; // causal: 2 products × S(S+1)/2 visible (query, key) pairs × d
  const decodeMacs = heads * 2 * S * d; // (1, d) x (d, S) -> (1, S), then (1, S) x (S, d) -> (1, d)
  const cacheNumbers = heads * 2 * S * d; // K and V: (S, d) each
  const kvBytes = cacheNumbers * bytes;
  const counts = [fullMacs, decodeMacs, kvBytes, B * N * S * S * bytes];
  if (!counts.every(Number.isFinite)) throw new RangeError('attentionCost: the counts overflow; use smaller sizes');
  return {
    fullMacs,
    decodeMacs,
    scoresNumbers: B * N * S * S,
    scoresBytes: B * N * S * S * bytes,
    fusedExtraBytes: 2 * B * N * S * FUSED_STAT_BYTES,
    cacheNumbers,
    cacheBytes: kvBytes,
    scoresExceedCacheAbove: 2 * L * d,
    decodeIntensity: (2 * decodeMacs) / kvBytes,
    prefillIntensity: (2 * fullMacs) / kvBytes,
    prefillIntensityQKVO: (2 * fullMacs) / (2 * kvBytes),
  };
}

/** Bytes expressed in GiB (2³⁰ bytes). */
export function toGiB(bytes: number): number {
  return bytes / 2 ** 30;
}

/** How many times larger b is than a (b / a); throws when a is 0. */
export function ratio(b: number, a: number): number {
  if (a === 0) throw new RangeError('ratio: the denominator is 0');
  return b / a;
}
