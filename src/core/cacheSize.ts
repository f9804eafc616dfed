/**
 * KV-cache size in exact integer arithmetic (BigInt bits, so no rounding even at 10^20 bytes).
 * Element sizes are given in bits (32 fp32, 16 fp16/bf16, 8 fp8, 4 int4) so int4's half byte stays exact.
 */

/**
 * Cache layout: per-head K and V (MHA/GQA/MQA), or one MLA latent (+ decoupled RoPE key) per token.
 * For 'kv', headDim is the width of each key; valueDim, the width of each value, defaults to headDim
 * (they differ in DeepSeek-V3, whose query/key heads are 192 wide and value heads 128).
 */
export type CacheLayout =
  | { readonly kind: 'kv'; readonly layers: number; readonly kvHeads: number; readonly headDim: number; readonly valueDim?: number }
  | { readonly kind: 'mla'; readonly layers: number; readonly latentDim: number; readonly ropeDim: number };

/** A cache size: exact bits, and bytes as a double (exact below 2^53). */
export interface CacheSize {
  bits: bigint;
  bytes: number;
}

function positiveInt(x: number, label: string): bigint {
  if (!Number.isInteger(x) || x < 1) throw new RangeError(`${label} must be a positive integer, got ${x}`);
  return BigInt(x);
}

function size(bits: bigint): CacheSize {
  return { bits, bytes: Number(bits) / 8 };
}

/** Elements cached per token per layer: kvHeads·(headDim + valueDim) (K and V; 2·kvHeads·headDim when equal), or latentDim + ropeDim for MLA. */
export function elementsPerTokenPerLayer(layout: CacheLayout): number {
  if (layout.kind === 'kv') {
    const k = positiveInt(layout.headDim, 'headDim');
    const v = layout.valueDim === undefined ? k : positiveInt(layout.valueDim, 'valueDim');
    return Number(positiveInt(layout.kvHeads, 'kvHeads') * (k + v));
  }
  // MLA caches one compressed latent c_KV and the shared RoPE key part; no separate K and V, so no factor 2.
  return Number(positiveInt(layout.latentDim, 'latentDim') + positiveInt(layout.ropeDim, 'ropeDim'));
}

/** Cache per token over all layers: layers × elementsPerTokenPerLayer × bitsPerElement. */
export function cachePerToken(layout: CacheLayout, bitsPerElement: number): CacheSize {
  const bits = positiveInt(layout.layers, 'layers') * BigInt(elementsPerTokenPerLayer(layout)) * positiveInt(bitsPerElement, 'bitsPerElement');
  return size(bits);
}

/** Cache per token per layer: elementsPerTokenPerLayer × bitsPerElement. */
export function cachePerTokenPerLayer(layout: CacheLayout, bitsPerElement: number): CacheSize {
  return size(BigInt(elementsPerTokenPerLayer(layout)) * positiveInt(bitsPerElement, 'bitsPerElement'));
}

/** The whole cache: perToken × tokens × batch. */
export function cacheTotal(layout: CacheLayout, bitsPerElement: number, tokens: number, batch: number): CacheSize {
  const per = cachePerToken(layout, bitsPerElement).bits;
  return size(per * positiveInt(tokens, 'tokens') * positiveInt(batch, 'batch'));
}
