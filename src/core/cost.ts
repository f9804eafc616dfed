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

/** Exact counts for attention over S tokens (a multiply-add = 2 FLOPs). */
export interface AttentionCost {
  /** Full (prefill) attention, all layers: Q·Kᵀ and weights·V, 2·B·L·N·S²·d multiply-adds. */
  fullMacs: number;
  /** One cached decode step (one new token over S keys), all layers: 2·B·L·N·S·d multiply-adds. */
  decodeMacs: number;
  /** The scores matrix of one layer, B·N·S² numbers, and its bytes. */
  scoresNumbers: number;
  scoresBytes: number;
  /** The KV cache of all layers: K and V, 2·B·L·N·S·d numbers, and its bytes. */
  cacheNumbers: number;
  cacheBytes: number;
  /** FLOPs per byte of K/V read during one decode step: 2/bytes (1 at fp16). */
  decodeIntensity: number;
  /** FLOPs per byte of K/V during prefill (each K/V read once for all S queries): 2·S/bytes (S at fp16). */
  prefillIntensity: number;
}

/** Attention's time and memory as exact counts from the sizes; throws on a size that is not a positive integer. */
export function attentionCost(x: CostInputs): AttentionCost {
  for (const name of ['S', 'd', 'B', 'N', 'L', 'bytes'] as const) {
    assertSize(x[name], `attentionCost: ${name}`);
    if (x[name] < 1) throw new RangeError(`attentionCost: ${name} must be at least 1, got ${describeValue(x[name])}`);
  }
  const { S, d, B, N, L, bytes } = x;
  const heads = B * L * N; // independent (batch, layer, head) attention problems
  const fullMacs = heads * 2 * S * S * d; // (S, d) x (d, S) -> (S, S), then (S, S) x (S, d) -> (S, d)
  const decodeMacs = heads * 2 * S * d; // (1, d) x (d, S) -> (1, S), then (1, S) x (S, d) -> (1, d)
  const cacheNumbers = heads * 2 * S * d; // K and V: (S, d) each
  const kvBytes = cacheNumbers * bytes;
  const counts = [fullMacs, decodeMacs, kvBytes];
  if (!counts.every(Number.isFinite)) throw new RangeError('attentionCost: the counts overflow; use smaller sizes');
  return {
    fullMacs,
    decodeMacs,
    scoresNumbers: B * N * S * S,
    scoresBytes: B * N * S * S * bytes,
    cacheNumbers,
    cacheBytes: kvBytes,
    decodeIntensity: (2 * decodeMacs) / kvBytes,
    prefillIntensity: (2 * fullMacs) / kvBytes,
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
