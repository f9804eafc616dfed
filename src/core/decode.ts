import { assertMat, assertVec } from './checks';
import { attend } from './attend';
import { appendRowsRaw, assertAppendable } from './kvCache';
import type { AttendOptions, CacheStep, KVCache, Mat, Vec } from './types';

/**
 * One decoding step: append the new token's k (d_k) and v (d_v), then let its q (d_k) attend over every cached key,
 * itself included. Cache (T, ·) -> (T + 1, ·); the trace has one row, weights (1, T + 1), output (1, d_v).
 */
export function decodeStep(cache: KVCache, q: Vec, k: Vec, v: Vec, opts: Pick<AttendOptions, 'scale'> = {}): CacheStep {
  assertVec(q, 'decodeStep: q');
  assertVec(k, 'decodeStep: k');
  assertVec(v, 'decodeStep: v');
  if (q.length !== k.length) {
    throw new Error(`decodeStep: q has ${q.length} entries but k has ${k.length} (d_k must match)`);
  }
  assertAppendable(cache, [k], [v], 'decodeStep', 'k', 'v');
  const next = appendRowsRaw(cache, [k], [v]); // (T, ·) -> (T + 1, ·)
  // No query is cached: only the newest token asks, and it may see every key, so no mask is needed.
  const trace = attend([q], next.keys, next.values, { scale: opts.scale }); // (1, d_k) x (d_k, T + 1) -> (1, T + 1)
  return { cache: next, trace };
}

/**
 * Prefill: append every row of K (p, d_k) and V (p, d_v) to the cache, then run causal attention for the rows of
 * Q (T_q, d_k), which are the last T_q tokens (normally the same p). Cache (T, ·) -> (T + p, ·); weights (T_q, T + p).
 */
export function prefill(cache: KVCache, Q: Mat, K: Mat, V: Mat, opts: Pick<AttendOptions, 'scale'> = {}): CacheStep {
  assertMat(Q, 'prefill: Q');
  assertMat(K, 'prefill: K');
  assertMat(V, 'prefill: V');
  if (Q[0].length !== K[0].length) {
    throw new Error(`prefill: K has ${K[0].length} columns but Q has ${Q[0].length} (d_k must match)`);
  }
  assertAppendable(cache, K, V, 'prefill');
  const next = appendRowsRaw(cache, K, V); // (T, ·) -> (T + p, ·)
  const trace = attend(Q, next.keys, next.values, { causal: true, scale: opts.scale }); // -> weights (T_q, T + p)
  return { cache: next, trace };
}
