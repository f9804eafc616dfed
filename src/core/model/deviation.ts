import type { Mat } from '../types';
import type { ModelCache } from './types';

/**
 * KV deviation (CacheBlend, Yao et al. 2025, §4.1): how far a token's cached key and value on a layer are from
 * the full prefill's. We measure the L2 norm of the difference over all K/V heads of the row, ‖k − k_full‖ and
 * ‖v − v_full‖, and the same relative to the full prefill's norm.
 */

/** One token's deviation on one layer. */
export interface RowDeviation {
  /** ‖k − k_full‖ over all K/V heads of the row. */
  k: number;
  /** ‖v − v_full‖ over all K/V heads of the row. */
  v: number;
  /** ‖k − k_full‖ / ‖k_full‖ (0 when both are 0). */
  kRel: number;
  /** ‖v − v_full‖ / ‖v_full‖ (0 when both are 0). */
  vRel: number;
}

function rowNorms(A: readonly Mat[], B: readonly Mat[], t: number): { diff: number; ref: number } {
  let diff = 0;
  let ref = 0;
  A.forEach((M, g) => {
    const a = M[t];
    const b = B[g][t];
    for (let i = 0; i < a.length; i++) {
      diff += (a[i] - b[i]) ** 2;
      ref += b[i] ** 2;
    }
  });
  return { diff: Math.sqrt(diff), ref: Math.sqrt(ref) };
}

const ratio = (d: number, r: number) => (r === 0 ? (d === 0 ? 0 : Infinity) : d / r);

/** Per layer and row, how far `cache`'s K and V are from `reference`'s: (nLayers) × (T). Rows are compared by index; both must have T rows. */
export function kvDeviation(cache: ModelCache, reference: ModelCache, rows?: readonly number[]): RowDeviation[][] {
  if (cache.layers.length !== reference.layers.length) throw new RangeError(`kvDeviation: ${cache.layers.length} layers vs ${reference.layers.length}`);
  const T = reference.ids.length;
  const which = rows ?? Array.from({ length: Math.min(T, cache.ids.length) }, (_, t) => t);
  which.forEach((t) => {
    if (!Number.isInteger(t) || t < 0 || t >= T || t >= cache.ids.length) throw new RangeError(`kvDeviation: row ${t} is not in both caches`);
  });
  return cache.layers.map((L, l) =>
    which.map((t) => {
      const k = rowNorms(L.k, reference.layers[l].k, t);
      const v = rowNorms(L.v, reference.layers[l].v, t);
      return { k: k.diff, v: v.diff, kRel: ratio(k.diff, k.ref), vRel: ratio(v.diff, v.ref) };
    }),
  ); // (nLayers, rows)
}

/** The score CacheBlend ranks tokens by on one layer: ‖k − k'‖² + ‖v − v'‖² per row, (KV) × (T, hd) twice -> (T). */
export function kvScore(k: readonly Mat[], v: readonly Mat[], kRef: readonly Mat[], vRef: readonly Mat[]): number[] {
  const T = k[0]?.length ?? 0;
  return Array.from({ length: T }, (_, t) => rowNorms(k, kRef, t).diff ** 2 + rowNorms(v, vRef, t).diff ** 2); // (T)
}
