/**
 * Exact operation counts for one attention head in one layer. We count multiply-adds (one
 * multiplication plus one addition = 1 MAC) in the projections and in attention; softmax's
 * exponentials and divisions (T per query row) are not counted. Causal attention counts only the
 * keys a query may see: query i (0-based) reads i + 1 keys, so a full (T, T) pass costs T(T+1)/2 per dimension.
 */
import { assertSize } from './checks';

/** Widths of one head: d_model (embedding x), d_k (query and key), d_v (value). */
export interface HeadDims {
  readonly d_model: number;
  readonly d_k: number;
  readonly d_v: number;
}

function checkDims(dims: HeadDims): void {
  assertSize(dims.d_model, 'opCount: d_model');
  assertSize(dims.d_k, 'opCount: d_k');
  assertSize(dims.d_v, 'opCount: d_v');
}

/** MACs to project one token x (d_model) into q, k (d_k each) and v (d_v): d_model·(2·d_k + d_v). */
export function projectMacs(dims: HeadDims): number {
  checkDims(dims);
  return dims.d_model * (2 * dims.d_k + dims.d_v);
}

/** MACs of one cached decode step at length T (new token included): project 1 token, then T·d_k scores + T·d_v mixing. */
export function cachedStepMacs(T: number, dims: HeadDims): number {
  assertSize(T, 'cachedStepMacs: T');
  return projectMacs(dims) + T * (dims.d_k + dims.d_v); // O(T·d)
}

/** MACs of causal attention over p tokens at once: p projections + p(p+1)/2·(d_k + d_v) (prefill, or one uncached step). */
export function causalPassMacs(p: number, dims: HeadDims): number {
  assertSize(p, 'causalPassMacs: p');
  return p * projectMacs(dims) + ((p * (p + 1)) / 2) * (dims.d_k + dims.d_v); // O(p²·d)
}

/** MACs of one decode step without a cache at length T: recompute q, k, v of all T tokens and the whole causal (T, T) attention. */
export function uncachedStepMacs(T: number, dims: HeadDims): number {
  assertSize(T, 'uncachedStepMacs: T');
  return causalPassMacs(T, dims);
}

/** Bytes of K and V held for T tokens: T·(d_k + d_v)·bytesPer (fp32: 4 bytes per number). */
export function kvBytes(T: number, dims: HeadDims, bytesPer = 4): number {
  assertSize(T, 'kvBytes: T');
  checkDims(dims);
  return T * (dims.d_k + dims.d_v) * bytesPer;
}

/** Total MACs of the decode steps at lengths from..to (inclusive) with or without a cache. */
export function decodeMacsTotal(from: number, to: number, dims: HeadDims, cached: boolean): number {
  assertSize(from, 'decodeMacsTotal: from');
  assertSize(to, 'decodeMacsTotal: to');
  let total = 0;
  for (let T = from; T <= to; T++) total += cached ? cachedStepMacs(T, dims) : uncachedStepMacs(T, dims);
  return total;
}

/** Scales a time measured on some steps to all steps by their MACs: ms × (MACs of all steps / MACs of the measured ones). */
export function extrapolateByMacs(measuredMs: number, measuredMacs: number, allMacs: number): number {
  if (!(measuredMacs > 0) || !Number.isFinite(measuredMs)) {
    throw new RangeError(`extrapolateByMacs: needs measured MACs > 0 and a finite time, got ${measuredMacs} and ${measuredMs}`);
  }
  return measuredMs * (allMacs / measuredMacs);
}
