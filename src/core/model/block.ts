import type { Mat } from '../types';
import { gqaAttention } from './attention';
import { addRows, linearRows, splitHeads } from './linear';
import { gatedMlp } from './mlp';
import { rmsnormRows } from './rmsnorm';
import { rope } from './rope';
import type { LayerCache, LayerTrace, Model } from './types';

/** The new tokens' queries, keys and values in one layer, before and after RoPE (per head, rows = tokens). */
export interface Projection {
  /** attention_norm(x), (T, dim). */
  xn: number[][];
  /** (H) × (T, hd) before / after RoPE. */
  qRaw: number[][][];
  q: number[][][];
  /** (KV) × (T, hd) before / after RoPE; v is never rotated. */
  kRaw: number[][][];
  k: number[][][];
  v: number[][][];
}

/** Layer `l`'s q, k, v for tokens x (T, dim) at the given RoPE positions (T): normalise, project, split heads, rotate q and k. */
export function projectQKV(model: Model, l: number, x: Mat, positions: readonly number[]): Projection {
  const { nHeads: H, nKvHeads: KV, headDim: hd, ropeBase, normEps } = model.config;
  const W = model.layers[l];
  const xn = rmsnormRows(x, W.attention_norm, normEps); // (T, dim)
  const qRaw = splitHeads(linearRows(W.wq, xn), H, hd); // (T, dim) -> (T, H·hd) -> (H) × (T, hd)
  const kRaw = splitHeads(linearRows(W.wk, xn), KV, hd); // (T, dim) -> (T, KV·hd) -> (KV) × (T, hd)
  const v = splitHeads(linearRows(W.wv, xn), KV, hd); // (KV) × (T, hd)
  const turn = (M: Mat) => M.map((row, t) => rope(row, positions[t], ropeBase)); // each row at its own position
  return { xn, qRaw, q: qRaw.map(turn), kRaw, k: kRaw.map(turn), v };
}

/** The rest of block `l` once the heads are mixed: wo, residual, ffn_norm, gated MLP, residual. concat (T, H·hd) -> out (T, dim). */
export function finishBlock(model: Model, l: number, x: Mat, concat: Mat): Pick<LayerTrace, 'attn' | 'h' | 'hn' | 'hidden' | 'ffn' | 'out'> {
  const W = model.layers[l];
  const attn = linearRows(W.wo, concat); // (T, H·hd) -> (T, dim)
  const h = addRows(x, attn); // residual: (T, dim)
  const hn = rmsnormRows(h, W.ffn_norm, model.config.normEps); // (T, dim)
  const { hidden, out: ffn } = gatedMlp(W, hn); // (T, hidden), (T, dim)
  return { attn, h, hn, hidden, ffn, out: addRows(h, ffn) }; // residual: (T, dim)
}

/**
 * One block for T_q new tokens x (T_q, dim) at `positions`, over layer `l`'s cached rows `past`:
 * their keys/values are appended to the cache, then each new token attends to every cached row and to the
 * new rows up to itself (mask aligned bottom-right). Returns the block output, the grown layer cache, the trace.
 */
export function block(model: Model, l: number, x: Mat, positions: readonly number[], past: LayerCache): { out: Mat; cache: LayerCache; trace: LayerTrace } {
  const p = projectQKV(model, l, x, positions);
  const cache: LayerCache = {
    k: past.k.map((K, g) => [...K, ...p.k[g]]), // (T_past + T_q, hd) per K/V head
    v: past.v.map((V, g) => [...V, ...p.v[g]]),
  };
  const { heads, concat } = gqaAttention(p.q, cache.k, cache.v); // (T_q, T_k) weights per head
  const rest = finishBlock(model, l, x, concat);
  return { out: rest.out, cache, trace: { x, ...p, heads, concat, ...rest } };
}
