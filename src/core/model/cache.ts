import type { Mat } from '../types';
import { rerotate } from './rope';
import type { LayerCache, Model, ModelCache } from './types';

/** An empty cache for `model`: nLayers layers, each with KV empty (0, hd) key and value matrices. */
export function emptyCache(model: Model): ModelCache {
  const { nLayers, nKvHeads } = model.config;
  const layer = (): LayerCache => ({ k: Array.from({ length: nKvHeads }, () => []), v: Array.from({ length: nKvHeads }, () => []) });
  return { ids: [], positions: [], layers: Array.from({ length: nLayers }, layer) };
}

/** Rows (tokens) in the cache, T. */
export function cacheLength(cache: ModelCache): number {
  return cache.ids.length;
}

/** The cache restricted to the given rows, in the given order (eviction, sliding windows, sinks): T -> rows.length. Keys keep their rotation. */
export function selectRows(cache: ModelCache, rows: readonly number[]): ModelCache {
  rows.forEach((r, i) => {
    if (!Number.isInteger(r) || r < 0 || r >= cache.ids.length) throw new RangeError(`selectRows: rows[${i}] = ${r} is not a row 0..${cache.ids.length - 1}`);
  });
  const pick = (M: Mat) => rows.map((r) => M[r]); // (T, hd) -> (rows, hd)
  return {
    ids: rows.map((r) => cache.ids[r]),
    positions: rows.map((r) => cache.positions[r]),
    layers: cache.layers.map((L) => ({ k: L.k.map(pick), v: L.v.map(pick) })),
  };
}

/** Two caches one after the other (e.g. reused chunks): rows of a, then rows of b. Positions are kept as stored. */
export function concatCaches(a: ModelCache, b: ModelCache): ModelCache {
  if (a.layers.length !== b.layers.length) throw new Error(`concatCaches: ${a.layers.length} layers vs ${b.layers.length}`);
  return {
    ids: [...a.ids, ...b.ids],
    positions: [...a.positions, ...b.positions],
    layers: a.layers.map((L, l) => ({
      k: L.k.map((K, g) => [...K, ...b.layers[l].k[g]]), // (T_a + T_b, hd)
      v: L.v.map((V, g) => [...V, ...b.layers[l].v[g]]),
    })),
  };
}

/**
 * Moves every cached key to new positions, (T): row t's key is re-rotated by R(positions[t] − old position).
 * Values carry no position and are unchanged. Used to reuse a chunk's cache at another offset.
 */
export function repositionCache(model: Model, cache: ModelCache, positions: readonly number[]): ModelCache {
  if (positions.length !== cache.ids.length) throw new RangeError(`repositionCache: ${positions.length} positions for ${cache.ids.length} rows`);
  positions.forEach((p, i) => {
    if (!Number.isSafeInteger(p) || p < 0) throw new RangeError(`repositionCache: positions[${i}] = ${p} must be a non-negative integer`);
  });
  const base = model.config.ropeBase;
  return {
    ids: cache.ids,
    positions: [...positions],
    layers: cache.layers.map((L) => ({
      k: L.k.map((K) => K.map((row, t) => rerotate(row, cache.positions[t], positions[t], base))), // (T, hd)
      v: L.v,
    })),
  };
}

/**
 * Layer `l`'s cache with the given rows overwritten by fresh keys and values, (KV) × (rows.length, hd) each
 * (CacheBlend writes the recomputed tokens' K/V over the reused ones). Other layers and rows are shared.
 */
export function writeRows(cache: ModelCache, l: number, rows: readonly number[], k: readonly Mat[], v: readonly Mat[]): ModelCache {
  const L = cache.layers[l];
  if (L === undefined) throw new RangeError(`writeRows: no layer ${l} (the cache has ${cache.layers.length})`);
  if (k.length !== L.k.length || v.length !== L.v.length || k.some((K) => K.length !== rows.length) || v.some((V) => V.length !== rows.length)) {
    throw new RangeError(`writeRows: k and v must be ${L.k.length} heads × ${rows.length} rows`);
  }
  rows.forEach((r, i) => {
    if (!Number.isInteger(r) || r < 0 || r >= cache.ids.length) throw new RangeError(`writeRows: rows[${i}] = ${r} is not a row 0..${cache.ids.length - 1}`);
  });
  const put = (M: Mat, fresh: Mat): Mat => {
    const out = [...M];
    rows.forEach((r, i) => {
      out[r] = fresh[i];
    });
    return out; // (T, hd)
  };
  const layer = { k: L.k.map((K, g) => put(K, k[g])), v: L.v.map((V, g) => put(V, v[g])) };
  return { ...cache, layers: cache.layers.map((old, i) => (i === l ? layer : old)) };
}

/**
 * The cache with each head's key and value matrices (T, hd) transformed by `fn` — whole matrices, so a
 * transform may work per token (rows) or per channel (columns), as KV-cache quantisation schemes do:
 * fn(M, {layer, head, kind}) -> a matrix of the same shape (checked). Ids and positions are kept.
 */
export function mapCache(cache: ModelCache, fn: (M: Mat, at: { layer: number; head: number; kind: 'k' | 'v' }) => Mat): ModelCache {
  const apply = (M: Mat, at: { layer: number; head: number; kind: 'k' | 'v' }): Mat => {
    const out = fn(M, at);
    if (out.length !== M.length || out.some((r, t) => r.length !== M[t].length)) {
      throw new Error(`mapCache: the transform changed the shape of layer ${at.layer} head ${at.head} ${at.kind}`);
    }
    return out;
  };
  return {
    ...cache,
    layers: cache.layers.map((L, layer) => ({
      k: L.k.map((K, head) => apply(K, { layer, head, kind: 'k' })),
      v: L.v.map((V, head) => apply(V, { layer, head, kind: 'v' })),
    })),
  };
}
