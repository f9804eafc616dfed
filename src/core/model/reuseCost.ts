import type { ModelConfig } from './types';

/**
 * Multiply-adds (MACs) of the model's blocks when some tokens run and others are reused, to compare full
 * prefill, prefix caching, naive reuse and CacheBlend on the same scale. Per layer, a token whose q, k, v are
 * projected costs dim·(H + 2·KV)·hd; a query that sees n keys costs 2·n·H·hd (scores, then the mix of values),
 * then H·hd·dim (wo) and 3·dim·hidden (the gated MLP). Norms, softmax and the output layer (one row in every
 * method) are left out. Computing the chunks' own caches happens once, ahead of time, and is not counted.
 */

/** MACs of one layer: `projected` tokens get q, k, v; one query per entry of `keys` attends over that many keys. */
export function layerMacs(config: ModelConfig, projected: number, keys: readonly number[]): number {
  const { dim, nHeads: H, nKvHeads: KV, headDim: hd, hiddenDim } = config;
  const proj = projected * dim * (H + 2 * KV) * hd;
  const attend = keys.reduce((s, n) => s + 2 * n * H * hd, 0);
  const rest = keys.length * (H * hd * dim + 3 * dim * hiddenDim);
  return proj + attend + rest;
}

/** Keys seen by each of `count` queries at rows from..from+count−1 under the causal mask: (count) = row + 1. */
export function causalKeys(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i + 1);
}

/** MACs of a full prefill of T tokens through every layer. */
export function prefillMacs(config: ModelConfig, T: number): number {
  return config.nLayers * layerMacs(config, T, causalKeys(0, T));
}

/** MACs when the first `reused` of T tokens come from a cache (prefix caching, naive reuse): the other T − reused run in every layer. */
export function suffixMacs(config: ModelConfig, reused: number, T: number): number {
  return config.nLayers * layerMacs(config, T - reused, causalKeys(reused, T - reused));
}

/**
 * MACs of CacheBlend over T tokens: every token in layers below `checkLayer`; on the check layer q, k, v of every
 * token but attention and the rest only for the recomputed queries; after it, only those queries.
 * `visible` (S, T) is which keys each recomputed query sees.
 */
export function blendMacs(config: ModelConfig, T: number, checkLayer: number, visible: readonly (readonly boolean[])[]): number {
  const keys = visible.map((row) => row.filter(Boolean).length); // (S)
  const below = checkLayer * layerMacs(config, T, causalKeys(0, T));
  const check = layerMacs(config, T, keys);
  const after = (config.nLayers - checkLayer - 1) * layerMacs(config, keys.length, keys);
  return below + check + after;
}
