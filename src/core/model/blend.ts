import { describeValue } from '../checks';
import type { Mat } from '../types';
import { gqaAttention, visibility } from './attention';
import { block, finishBlock, projectQKV } from './block';
import { kvScore } from './deviation';
import { linear } from './linear';
import { assertChunks, type ReuseRun, reusedCache } from './reuse';
import { rmsnormRows } from './rmsnorm';
import type { LayerCache, Model, ModelCache } from './types';

/**
 * CacheBlend's selective KV recompute (Yao et al., "CacheBlend: Fast Large Language Model Serving for RAG with
 * Cached Knowledge Fusion", EuroSys 2025, §4; checked against the authors' code, YaoJiayi/CacheBlend
 * vllm_blend, and LMCache's lmcache/v1/compute/blend/blender.py).
 *
 * What we follow:
 * - The context's caches are reused: each chunk prefilled alone, keys re-rotated to its place (reuse.ts).
 * - Layers below the check layer run for every token, as a prefill does (both codes do this; layer 0's reused
 *   K/V are exact anyway, so the layer-0 pass is what makes the check layer's K/V exact).
 * - On the check layer (default 1, as both codes) q, k, v are projected for every token; each context token's
 *   deviation between its fresh and its reused K/V is ranked, and the ⌊r·N⌋ highest are the HKVD tokens.
 *   The question's tokens are new, never cached, so they are always computed (the authors' `suffix_len`).
 * - From the check layer on, only the selected tokens and the question run: their fresh K/V overwrite the
 *   reused rows (LMCache's `old_k[imp_indices] = k`), and they attend as queries over ALL keys with the mask
 *   aligned bottom-right (xformers' LowerTriangularFromBottomRightMask; flash-attn's causal with fewer queries
 *   than keys): the i-th of S queries sees keys 0..T−S+i. For a selected context token that is more than its
 *   own past — the reference codes accept that; `mask: 'causal'` instead gives each its exact causal row.
 * - The last question token's output gives the next-token distribution.
 *
 * Where we simplify:
 * - One selection on one check layer, kept for all later layers (as both codes do); the paper's gradual
 *   filtering (r₁ % on one layer, a slightly smaller r₂ % among them on the next, Fig. 9) is not done.
 * - The score adds K's and V's squared deviation (the authors' code ranks by V, LMCache by K; the paper says KV).
 * - LMCache recomputes at least one token; we allow none, so r = 0 is exactly naive reuse.
 * - No pipelining with cache loading (§5): our caches are already in memory, so only the arithmetic is compared.
 */

/** How CacheBlend runs. */
export interface BlendOptions {
  /** Share r of the context tokens recomputed, 0..1 (0 = naive reuse, 1 = full prefill). */
  ratio: number;
  /** The layer whose K/V deviation picks the tokens, 1..nLayers−1; default 1. */
  checkLayer?: number;
  /** 'bottom-right' (default, the reference codes) or 'causal' (each recomputed token sees exactly its own past). */
  mask?: 'bottom-right' | 'causal';
  /** Context rows to recompute instead of the HKVD choice (to compare with other choices); overrides ratio. */
  rows?: readonly number[];
}

/** CacheBlend's result: the blended cache, the next-token logits and what it chose. */
export interface BlendResult extends ReuseRun {
  /** Context rows recomputed from the check layer on, ascending (the HKVD tokens). */
  selected: number[];
  /** Rows that ran as queries from the check layer on: selected, then the question's rows N..T−1, (S). */
  queries: number[];
  /** The check layer's score per context row, ‖k − k_reused‖² + ‖v − v_reused‖² over its K/V heads, (N). */
  score: number[];
  /** The check layer used. */
  checkLayer: number;
  /** Which keys each of the S queries sees from the check layer on, (S, T). */
  visible: boolean[][];
}

/** How many of N context tokens a share r recomputes: ⌊r·N⌋ (LMCache's int(total_len · ratio), without its minimum of 1). */
export function recomputeCount(N: number, ratio: number): number {
  if (!(Number.isFinite(ratio) && ratio >= 0 && ratio <= 1)) throw new RangeError(`cacheBlend: ratio must be between 0 and 1, got ${describeValue(ratio)}`);
  return Math.floor(ratio * N + 1e-9); // 1e-9 keeps 0.29·100 at 29
}

/** The k rows with the highest scores (ties: the earlier row), ascending: (N) -> (k). */
export function topRows(score: readonly number[], k: number): number[] {
  return score
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, k)
    .map((e) => e.i)
    .sort((a, b) => a - b);
}

function checkedRows(rows: readonly number[], N: number): number[] {
  rows.forEach((r, i) => {
    if (!Number.isInteger(r) || r < 0 || r >= N) throw new RangeError(`cacheBlend: rows[${i}] = ${describeValue(r)} is not a context row 0..${N - 1}`);
  });
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** Layer cache: the reused rows (N) with rows S overwritten by fresh ones, the question's rows appended -> (T rows). */
function blendLayer(reused: LayerCache, S: readonly number[], k: readonly Mat[], v: readonly Mat[]): LayerCache {
  const put = (old: Mat, fresh: Mat): Mat => {
    const out = [...old];
    S.forEach((r, i) => {
      out[r] = fresh[i]; // S ascending and ends with N..T−1, so the question's rows append in order
    });
    return out; // (T, hd)
  };
  return { k: reused.k.map((K, g) => put(K, k[g])), v: reused.v.map((V, g) => put(V, v[g])) };
}

/**
 * CacheBlend over `chunks` (C lists of ids, reused) and `question` (Q ids, computed): -> the blended cache (T rows),
 * the question's next-token logits (V), the HKVD rows and their scores. ratio 1 gives the full prefill; ratio 0 gives
 * naive reuse. `caches` are the chunks' own caches if already computed. Throws on bad input, naming it.
 */
export function cacheBlend(model: Model, chunks: readonly (readonly number[])[], question: readonly number[], opts: BlendOptions, caches?: ModelCache[]): BlendResult {
  assertChunks(model, chunks, question);
  const { nLayers, nKvHeads } = model.config;
  const c = opts.checkLayer ?? 1;
  if (!Number.isInteger(c) || c < 1 || c >= nLayers) throw new RangeError(`cacheBlend: checkLayer must be 1..${nLayers - 1}, got ${describeValue(c)}`);
  const pre = reusedCache(model, chunks, caches); // (N rows)
  const ids = [...chunks.flat(), ...question];
  const N = pre.ids.length;
  const T = ids.length;
  const positions = ids.map((_, t) => t);

  let x: Mat = ids.map((id) => [...model.tok_embeddings[id]]); // (T, dim)
  const layers: LayerCache[] = [];
  const empty: LayerCache = { k: Array.from({ length: nKvHeads }, () => []), v: Array.from({ length: nKvHeads }, () => []) };
  for (let l = 0; l < c; l++) {
    const r = block(model, l, x, positions, empty); // every token, causal, as in prefill
    x = r.out; // (T, dim)
    layers.push(r.cache);
  }

  const p = projectQKV(model, c, x, positions); // every token's q, k, v on the check layer
  const head = (M: Mat) => M.slice(0, N); // the context's rows, (N, hd)
  const score = kvScore(p.k.map(head), p.v.map(head), pre.layers[c].k, pre.layers[c].v); // (N)
  const selected = opts.rows === undefined ? topRows(score, recomputeCount(N, opts.ratio)) : checkedRows(opts.rows, N);
  const S = [...selected, ...question.map((_, j) => N + j)]; // (S) ascending
  const rows = opts.mask === 'causal' ? S : undefined;
  const visible = visibility(S.length, T, rows); // (S, T)

  const pick = (M: Mat) => S.map((r) => M[r]); // (T, ·) -> (S, ·)
  let xs: Mat = pick(x); // (S, dim)
  for (let l = c; l < nLayers; l++) {
    const fresh = l === c ? { q: p.q.map(pick), k: p.k.map(pick), v: p.v.map(pick) } : projectQKV(model, l, xs, S);
    const layer = blendLayer(pre.layers[l], S, fresh.k, fresh.v); // (T rows)
    const { concat } = gqaAttention(fresh.q, layer.k, layer.v, rows); // S queries over T keys
    xs = finishBlock(model, l, xs, concat).out; // (S, dim)
    layers.push(layer);
  }
  const last = rmsnormRows([xs[xs.length - 1]], model.norm, model.config.normEps)[0]; // (dim)
  const logits = linear(model.tok_embeddings, last); // tied output: (V, dim) · (dim) -> (V)
  const cache: ModelCache = { ids, positions, layers };
  return { cache, logits, selected, queries: S, score, checkLayer: c, visible };
}
