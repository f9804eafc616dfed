/**
 * The real model with its KV cache stored quantized (KIVI's scheme, simplified: see quantize.ts). Every step
 * reads the cache as stored (dequantized) and computes the new token's key and value in full precision; the
 * stored copy of a row is made from the numbers this run computed. Per-token rows are stored quantized at
 * once; per-channel rows wait in full precision until their block of `block` tokens is complete.
 */
import { concatCaches, emptyCache, mapCache, selectRows } from './cache';
import { forward } from './forward';
import { type QuantAxis, quantizeMatrix, quantizedBits } from '../quantize';
import type { Model, ModelCache } from './types';

/** How the cache is stored: bits per number, the axis that shares scales for keys and for values, and the per-channel block (tokens). */
export interface QuantScheme {
  bits: number;
  k: QuantAxis;
  v: QuantAxis;
  /** Tokens per per-channel block (KIVI: group size 32, full-precision residual up to 128 tokens). */
  block: number;
}

/** The cache as stored under the scheme (every row read back), and the error bound of every quantized number. */
export function storeCache(cache: ModelCache, scheme: QuantScheme): { stored: ModelCache; bound: number } {
  let bound = 0;
  const stored = mapCache(cache, (M, at) => {
    const q = quantizeMatrix(M, scheme.bits, at.kind === 'k' ? scheme.k : scheme.v, scheme.block);
    bound = Math.max(bound, q.bound);
    return q.restored; // (T, hd)
  });
  return { stored, bound };
}

/** One layer's reconstruction error for keys or values over all heads and rows: ‖X − X̂‖ / ‖X‖ (Frobenius) and the largest |x − x̂|. */
export interface LayerError {
  layer: number;
  kind: 'k' | 'v';
  relative: number;
  maxAbs: number;
}

/** Reconstruction error of `stored` against the numbers it was made from, per layer and K/V: (nLayers × 2) entries, K before V. */
export function cacheError(computed: ModelCache, stored: ModelCache): LayerError[] {
  return computed.layers.flatMap((L, layer) =>
    (['k', 'v'] as const).map((kind) => {
      let err = 0;
      let norm = 0;
      let maxAbs = 0;
      L[kind].forEach((M, g) => {
        M.forEach((row, t) => {
          row.forEach((x, j) => {
            const d = x - stored.layers[layer][kind][g][t][j];
            err += d * d;
            norm += x * x;
            maxAbs = Math.max(maxAbs, Math.abs(d));
          });
        });
      });
      return { layer, kind, relative: norm === 0 ? 0 : Math.sqrt(err / norm), maxAbs };
    }),
  );
}

/** Bits to store T tokens of the model's cache under the scheme (zero and scale in fp16 per group), and at 16 bits per number. */
export function cacheBits(model: Model, T: number, scheme: QuantScheme): { quantized: number; fp16: number } {
  const { nLayers, nKvHeads, headDim } = model.config;
  const per = (axis: QuantAxis) => quantizedBits(T, headDim, scheme.bits, axis, scheme.block);
  return { quantized: nLayers * nKvHeads * (per(scheme.k) + per(scheme.v)), fp16: 2 * nLayers * nKvHeads * T * headDim * 16 };
}

/** What a quantized run computed. */
export interface QuantizedRun {
  /** Next-token logits after each token of the text, (T, V). */
  logits: number[][];
  /** The cache as this run computed it (full precision), T rows. */
  computed: ModelCache;
  /** The same cache as stored after the last token. */
  stored: ModelCache;
  /** Largest scale/2 over the stored groups: no stored number is further than this from its original. */
  bound: number;
}

/**
 * Feeds `ids` (T) one at a time, each step reading the quantized cache of the tokens before it. The stored copy
 * grows with the text: a per-token row is quantized when it is written, a per-channel block when its last row
 * arrives (storeCache of the whole cache gives the same numbers). Throws on bad ids, bits or block.
 */
export function runQuantized(model: Model, ids: readonly number[], scheme: QuantScheme): QuantizedRun {
  let computed = emptyCache(model);
  let stored = emptyCache(model);
  const logits: number[][] = [];
  ids.forEach((id, t) => {
    const r = forward(model, [id], { cache: stored, positions: [t] });
    logits.push([...r.logits[0]]);
    const row = selectRows(r.cache, [t]); // the new row, as computed
    computed = concatCaches(computed, row);
    stored = concatCaches(stored, row);
    const T = t + 1;
    const first = T - (T % scheme.block === 0 ? scheme.block : 1); // rows to (re)store: a completed block, else the new row
    stored = mapCache(stored, (M, at) => {
      const axis = at.kind === 'k' ? scheme.k : scheme.v;
      if (axis === 'token') return [...M.slice(0, t), quantizeMatrix(M.slice(t), scheme.bits, 'token').restored[0]];
      if (T % scheme.block !== 0) return M; // the block is not complete: its rows stay as computed
      const block = computed.layers[at.layer][at.kind][at.head].slice(first); // (block, hd) as computed
      return [...M.slice(0, first), ...quantizeMatrix(block, scheme.bits, 'channel', scheme.block).restored];
    });
  });
  const final = storeCache(computed, scheme);
  return { logits, computed, stored, bound: final.bound };
}
