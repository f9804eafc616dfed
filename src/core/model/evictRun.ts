/**
 * Runs the real model over a text token by token (teacher forcing: every step feeds the text's next token)
 * while a cache policy evicts rows, so its next-token logits can be compared with the full cache's at every
 * position. With policy 'full', or any budget ≥ the text's length, nothing is evicted and the run is the full
 * cache's, number for number.
 */
import { forward } from './forward';
import { h2oKeep, h2oRecent, sinksKeep, windowKeep } from './evict';
import { repositionCache } from './cache';
import type { Mat } from '../types';
import type { Model, ModelCache } from './types';

/** A cache policy and its budget B (rows the new token reads, its own included; see evict.ts). */
export interface EvictionPolicy {
  kind: 'full' | 'window' | 'sinks' | 'h2o';
  /** B ≥ 1 (ignored by 'full'). */
  budget: number;
  /** Attention sinks kept at the start ('sinks'; StreamingLLM uses 4). */
  sinks?: number;
  /** Recent rows incl. the new token ('h2o'; default ⌈B/2⌉, the rest are heavy hitters). */
  recent?: number;
  /** RoPE positions within the cache (StreamingLLM §3.2: rows 0 … n−1, the new token n) instead of in the text. */
  renumber?: boolean;
}

/** What the run computed at every position t of the text. */
export interface EvictedRun {
  /** Next-token logits after token t, (T, V). */
  logits: number[][];
  /** (T) × (nLayers) × (KV) × rows: the text positions of the rows token t read, in cache order, its own last. */
  read: number[][][][];
  /** (T): the RoPE position token t was fed at (t, or its row in the cache when renumbering). */
  positions: number[];
  /** H2O only, same shape as `read`: each read row's accumulated attention after step t (summed over the K/V head's query heads). */
  scores: number[][][][];
}

/** The cache with each layer's K/V head keeping its own rows, keep (nLayers) × (KV) × rows, every list of one length; ids/positions follow layer 0, head 0. */
export function selectRowsByHead(cache: ModelCache, keep: readonly (readonly (readonly number[])[])[]): ModelCache {
  const n = keep[0][0].length;
  if (keep.length !== cache.layers.length || keep.some((L, l) => L.length !== cache.layers[l].k.length || L.some((rows) => rows.length !== n))) {
    throw new RangeError(`selectRowsByHead: keep must list ${n} rows for each of ${cache.layers.length} layers × ${cache.layers[0].k.length} heads`);
  }
  const pick = (M: Mat, rows: readonly number[]) => rows.map((r) => M[r]); // (T, hd) -> (n, hd)
  return {
    ids: keep[0][0].map((r) => cache.ids[r]),
    positions: keep[0][0].map((r) => cache.positions[r]),
    layers: cache.layers.map((L, l) => ({ k: L.k.map((K, g) => pick(K, keep[l][g])), v: L.v.map((V, g) => pick(V, keep[l][g])) })),
  };
}

/** Rows to keep of one head's `past` rows under the policy (scores: that head's accumulated attention). */
function keepRows(policy: EvictionPolicy, past: number, scores: readonly number[]): number[] {
  switch (policy.kind) {
    case 'full':
      return Array.from({ length: past }, (_, i) => i);
    case 'window':
      return windowKeep(past, policy.budget);
    case 'sinks':
      return sinksKeep(past, policy.budget, policy.sinks ?? 4);
    case 'h2o':
      return h2oKeep(scores, policy.budget, policy.recent ?? h2oRecent(policy.budget));
  }
}

/**
 * Feeds `ids` (T) one at a time; before each step the policy evicts rows so that at most B − 1 past rows remain
 * (H2O per layer and K/V head, the others the same rows everywhere). Throws on bad ids, an empty or too long
 * text, or a bad budget.
 */
export function runWithEviction(model: Model, ids: readonly number[], policy: EvictionPolicy): EvictedRun {
  const { nLayers: L, nKvHeads: KV, nHeads: H } = model.config;
  if (policy.kind !== 'full' && (!Number.isInteger(policy.budget) || policy.budget < 1)) throw new RangeError(`runWithEviction: budget must be a whole number ≥ 1, got ${policy.budget}`);
  const perGroup = H / KV;
  let cache: ModelCache | undefined;
  let rows: number[][][] = Array.from({ length: L }, () => Array.from({ length: KV }, () => [])); // text position of each cached row
  let acc: number[][][] = Array.from({ length: L }, () => Array.from({ length: KV }, () => [])); // accumulated attention per row
  const out: EvictedRun = { logits: [], read: [], positions: [], scores: [] };
  ids.forEach((id, t) => {
    const past = rows[0][0].length;
    const keep = rows.map((Lr, l) => Lr.map((_, g) => keepRows(policy, past, acc[l][g]))); // (L) × (KV) × kept rows
    const evicts = keep[0][0].length < past;
    if (cache && evicts) {
      cache = selectRowsByHead(cache, keep);
      rows = rows.map((Lr, l) => Lr.map((R, g) => keep[l][g].map((r) => R[r])));
      acc = acc.map((La, l) => La.map((A, g) => keep[l][g].map((r) => A[r])));
    }
    const n = rows[0][0].length;
    if (cache && policy.renumber && evicts) cache = repositionCache(model, cache, Array.from({ length: n }, (_, i) => i));
    const position = policy.renumber ? n : t;
    const r = forward(model, [id], { cache, positions: [position] });
    cache = r.cache;
    rows = rows.map((Lr) => Lr.map((R) => [...R, t]));
    if (policy.kind === 'h2o') {
      acc = acc.map((La, l) =>
        La.map((A, g) => {
          const next = [...A, 0];
          for (let h = g * perGroup; h < (g + 1) * perGroup; h++) {
            r.layers[l].heads[h].weights[0].forEach((w, j) => {
              next[j] += w; // (n + 1): this step's weight on every row read
            });
          }
          return next;
        }),
      );
      out.scores.push(acc.map((La) => La.map((A) => [...A])));
    }
    out.logits.push([...r.logits[0]]);
    out.read.push(rows.map((Lr) => Lr.map((R) => [...R])));
    out.positions.push(position);
  });
  return out;
}
