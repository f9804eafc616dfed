import { assertMat, assertVec, shapeOf } from './checks';
import type { KVCache, Mat, Vec } from './types';

/** An empty cache: keys (0, d_k) and values (0, d_v), widths fixed by the first append. */
export function createKVCache(): KVCache {
  return Object.freeze({ keys: Object.freeze([]), values: Object.freeze([]) });
}

/** Throws unless the cache has one value per key and rectangular, finite rows. */
function assertCache(cache: KVCache, fn: string): void {
  if (typeof cache !== 'object' || cache === null || !Array.isArray(cache.keys) || !Array.isArray(cache.values)) {
    throw new TypeError(`${fn}: cache must be { keys, values }, as made by createKVCache()`);
  }
  if (cache.keys.length !== cache.values.length) {
    throw new Error(`${fn}: cache has ${cache.keys.length} keys but ${cache.values.length} values (one value per key)`);
  }
  if (cache.keys.length > 0) {
    assertMat(cache.keys, `${fn}: cache.keys`);
    assertMat(cache.values, `${fn}: cache.values`);
  }
}

/** Throws unless rows K (p, d_k), V (p, d_v) can be appended to the cache (same widths as what it holds). */
export function assertAppendable(cache: KVCache, K: Mat, V: Mat, fn: string, k = 'K', v = 'V'): void {
  assertCache(cache, fn);
  if (K.length !== V.length) {
    throw new Error(`${fn}: ${k} has ${K.length} rows but ${v} has ${V.length} (one value per key)`);
  }
  if (cache.keys.length === 0) return;
  const d_k = cache.keys[0].length;
  const d_v = cache.values[0].length;
  if (K[0].length !== d_k) {
    throw new Error(`${fn}: ${k} has ${K[0].length} columns but cached keys ${shapeOf(cache.keys)} have ${d_k} (d_k must match)`);
  }
  if (V[0].length !== d_v) {
    throw new Error(
      `${fn}: ${v} has ${V[0].length} columns but cached values ${shapeOf(cache.values)} have ${d_v} (d_v must match)`,
    );
  }
}

/** Unchecked append of rows K (p, d_k), V (p, d_v): (T, ·) -> (T + p, ·); copies and freezes, never mutates. */
export function appendRowsRaw(cache: KVCache, K: Mat, V: Mat): KVCache {
  const keys = Object.freeze([...cache.keys, ...K.map((k) => Object.freeze([...k]))]); // (T, d_k) -> (T + p, d_k)
  const values = Object.freeze([...cache.values, ...V.map((v) => Object.freeze([...v]))]); // (T, d_v) -> (T + p, d_v)
  return Object.freeze({ keys, values });
}

/** A new cache with one more key k (d_k) and value v (d_v): (T, ·) -> (T + 1, ·); the old cache is unchanged. */
export function kvAppend(cache: KVCache, k: Vec, v: Vec): KVCache {
  assertVec(k, 'kvAppend: k');
  assertVec(v, 'kvAppend: v');
  assertAppendable(cache, [k], [v], 'kvAppend', 'k', 'v');
  return appendRowsRaw(cache, [k], [v]);
}
