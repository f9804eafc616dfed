import { describeValue } from '../checks';
import type { Mat } from '../types';
import { block } from './block';
import { emptyCache } from './cache';
import { linearRows } from './linear';
import { rmsnormRows } from './rmsnorm';
import type { ForwardResult, LayerCache, LayerTrace, Model, ModelCache } from './types';

/** Throws unless every id is an integer token id of the vocabulary; the message names the index and the range. */
export function assertTokenIds(model: Model, ids: readonly number[]): void {
  if (!Array.isArray(ids)) throw new TypeError('model: token ids must be an array of integers');
  if (ids.length === 0) throw new RangeError('model: no tokens given (empty input); at least one token is needed');
  const V = model.config.vocabSize;
  ids.forEach((id, i) => {
    if (!Number.isInteger(id) || id < 0 || id >= V) {
      throw new RangeError(`model: token id ${describeValue(id)} at index ${i} is not in the vocabulary (ids 0..${V - 1})`);
    }
  });
}

/** The position the next token takes after `cache`: one past its last row's position, 0 when empty. */
export function nextPosition(cache: ModelCache): number {
  const n = cache.positions.length;
  return n === 0 ? 0 : cache.positions[n - 1] + 1;
}

/**
 * Runs the model over new tokens `ids` (T_q) after an optional `cache` (T_past rows), each new token at an
 * EXPLICIT RoPE position (default: consecutive from nextPosition(cache)). The mask is by row, aligned
 * bottom-right: new token i sees every cached row and new tokens 0..i, whatever the positions say (so a
 * wrong position changes only the rotation, as the classic off-by-one bug does).
 * -> logits (T_q, V), the grown cache (T_past + T_q rows), every layer's trace.
 * Throws on bad ids, empty input, bad positions, or T_past + T_q > maxSeqLen.
 */
export function forward(model: Model, ids: readonly number[], opts: { cache?: ModelCache; positions?: readonly number[] } = {}): ForwardResult {
  assertTokenIds(model, ids);
  const past = opts.cache ?? emptyCache(model);
  const total = past.ids.length + ids.length;
  if (total > model.config.maxSeqLen) {
    throw new RangeError(
      `model: context too long: ${past.ids.length} cached + ${ids.length} new = ${total} tokens, but the model's maximum context is ${model.config.maxSeqLen}`,
    );
  }
  const start = nextPosition(past);
  const positions = opts.positions ?? ids.map((_, i) => start + i);
  if (positions.length !== ids.length) throw new RangeError(`model: ${positions.length} positions given for ${ids.length} tokens`);
  positions.forEach((p, i) => {
    if (!Number.isSafeInteger(p) || p < 0) throw new RangeError(`model: position ${describeValue(p)} of token ${i} must be a non-negative integer`);
  });

  let x: Mat = ids.map((id) => [...model.tok_embeddings[id]]); // (T_q) -> (T_q, dim)
  const layers: LayerTrace[] = [];
  const caches: LayerCache[] = [];
  for (let l = 0; l < model.config.nLayers; l++) {
    const r = block(model, l, x, positions, past.layers[l]);
    x = r.out; // (T_q, dim)
    layers.push(r.trace);
    caches.push(r.cache);
  }
  const final = rmsnormRows(x, model.norm, model.config.normEps); // (T_q, dim)
  const logits = linearRows(model.tok_embeddings, final); // tied output: (T_q, dim) x (dim, V) -> (T_q, V)
  const cache: ModelCache = { ids: [...past.ids, ...ids], positions: [...past.positions, ...positions], layers: caches };
  return { logits, cache, layers, final, positions };
}

/** Prefill: the whole prompt at once from an empty cache, positions 0..T−1 unless given. -> logits (T, V), cache (T rows). */
export function prefill(model: Model, ids: readonly number[], positions?: readonly number[]): ForwardResult {
  return forward(model, ids, { positions });
}

/** One decode step: token `id` at `position` (default nextPosition(cache)) over `cache`. -> logits (1, V), cache (T + 1 rows). */
export function decode(model: Model, cache: ModelCache, id: number, position?: number): ForwardResult {
  return forward(model, [id], { cache, positions: position === undefined ? undefined : [position] });
}
