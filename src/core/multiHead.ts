import { assertMat, shapeOf } from './checks';
import { attend } from './attend';
import { matmul } from './matmul';
import { project } from './project';
import type { AttentionTrace, Mat } from './types';

/** One head's projections: W_Q (d_model, d_k), W_K (d_model, d_k), W_V (d_model, d_v). */
export interface HeadWeights {
  readonly W_Q: Mat;
  readonly W_K: Mat;
  readonly W_V: Mat;
}

/** Options of `mha`: kvHeads K/V heads shared by h query heads (default h = MHA; 1 = MQA); causal (default true). */
export interface MhaOptions {
  readonly kvHeads?: number;
  readonly causal?: boolean;
}

/** Everything one multi-head attention call computed; rows = tokens. */
export interface MhaTrace {
  /** Per query head: Q (T, d_k) and its attention trace (weights (T, T), output (T, d_v)). */
  heads: { Q: number[][]; trace: AttentionTrace; group: number }[];
  /** Per K/V head (the only tensors a KV cache keeps): K (T, d_k), V (T, d_v). */
  kv: { K: number[][]; V: number[][] }[];
  /** The head outputs side by side, (T, h·d_v). */
  concat: number[][];
  /** concat · W_O, (T, d_model). */
  output: number[][];
}

/** The K/V head each of h query heads reads: consecutive groups of h/kvHeads heads, -> (h). Throws unless kvHeads divides h. */
export function kvGroupOf(h: number, kvHeads: number): number[] {
  if (!Number.isInteger(h) || h < 1) throw new RangeError(`kvGroupOf: h must be a positive integer, got ${h}`);
  if (!Number.isInteger(kvHeads) || kvHeads < 1 || kvHeads > h || h % kvHeads !== 0) {
    throw new RangeError(`kvGroupOf: kvHeads = ${kvHeads} must be a divisor of h = ${h} (1 ≤ kvHeads ≤ h)`);
  }
  const perGroup = h / kvHeads; // query heads per K/V head
  return Array.from({ length: h }, (_, i) => Math.floor(i / perGroup)); // -> (h)
}

/** Splits W (d_model, h·d) into h blocks of d consecutive columns, -> h × (d_model, d). Throws unless h divides the width. */
export function splitColumns(W: Mat, h: number): number[][][] {
  assertMat(W, 'splitColumns: W');
  const width = W[0].length;
  if (!Number.isInteger(h) || h < 1 || width % h !== 0) {
    throw new RangeError(`splitColumns: W ${shapeOf(W)} has ${width} columns, not divisible into h = ${h} heads`);
  }
  const d = width / h;
  return Array.from({ length: h }, (_, i) => W.map((row) => row.slice(i * d, (i + 1) * d))); // (d_model, h·d) -> h × (d_model, d)
}

/** Glues matrices with equal row counts side by side: k × (T, d_i) -> (T, Σ d_i). */
export function concatColumns(blocks: readonly Mat[]): number[][] {
  if (blocks.length === 0) throw new RangeError('concatColumns: no blocks to concatenate');
  const T = blocks[0].length;
  blocks.forEach((b, i) => {
    assertMat(b, `concatColumns: block ${i}`);
    if (b.length !== T) throw new Error(`concatColumns: block ${i} ${shapeOf(b)} has ${b.length} rows but block 0 has ${T}`);
  });
  return Array.from({ length: T }, (_, t) => blocks.flatMap((b) => b[t])); // -> (T, Σ d_i)
}

/**
 * Multi-head attention with grouped K/V: X (T, d_model), h = heads.length query heads, W_O (h·d_v, d_model) -> trace.
 * K/V head g uses heads[g].W_K and heads[g].W_V; query head i reads K/V head kvGroupOf(h, kvHeads)[i].
 * kvHeads = h is MHA, kvHeads = 1 is MQA, anything between (a divisor of h) is GQA.
 */
export function mha(X: Mat, heads: readonly HeadWeights[], W_O: Mat, opts?: MhaOptions): MhaTrace {
  assertMat(X, 'mha: X');
  const h = heads.length;
  if (h === 0) throw new RangeError('mha: needs at least one head');
  const kvHeads = opts?.kvHeads ?? h;
  const groups = kvGroupOf(h, kvHeads);
  const causal = opts?.causal ?? true;

  // Only kvHeads key/value projections exist: this is what shrinks the cache.
  const kv = heads.slice(0, kvHeads).map((w, g) => {
    try {
      return { K: project(X, w.W_K), V: project(X, w.W_V) }; // (T, d_model) x (d_model, d_k) -> (T, d_k)
    } catch (e) {
      throw new Error(`mha: K/V head ${g}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const out = heads.map((w, i) => {
    const Q = project(X, w.W_Q); // (T, d_model) x (d_model, d_k) -> (T, d_k)
    const { K, V } = kv[groups[i]];
    try {
      return { Q, trace: attend(Q, K, V, { causal }), group: groups[i] }; // weights (T, T), output (T, d_v)
    } catch (e) {
      throw new Error(`mha: head ${i}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const concat = concatColumns(out.map((o) => o.trace.output)); // h × (T, d_v) -> (T, h·d_v)
  if (W_O.length !== concat[0].length) {
    throw new Error(`mha: W_O ${shapeOf(W_O)} needs ${concat[0].length} rows (h·d_v = ${h}·${concat[0].length / h})`);
  }
  const output = matmul(concat, W_O); // (T, h·d_v) x (h·d_v, d_model) -> (T, d_model)
  return { heads: out, kv, concat, output };
}
