/**
 * The cache step: decode tokens after the sentence and watch the key cache of one head. Each row's key
 * was turned at its own position when it was written; it is compared with the same row recomputed now
 * from scratch (no cache), and with its value when written. The scores with the newest query do change.
 */
import { maxAbsDiff } from '../../core';
import { decode, type ForwardResult, prefill, rotationsPerDecodeStep } from '../../core/model';
import { clamp, headOf, type RopeContext } from './context';
import { MAX_EXTRA, type RopeState } from './model';

/** One cached row of the head's keys. */
export interface CacheRow {
  id: number;
  word: string;
  /** True for a token decoded after the sentence. */
  decoded: boolean;
  position: number;
  /** The key as the cache holds it now (after RoPE at `position`), (hd). */
  k: number[];
  /** Decode step that wrote the row (0 = the prefill of the sentence). */
  writtenAt: number;
  /** max |Δ| against the same row recomputed now from the whole sequence without a cache. */
  vsRecomputed: number;
  /** The newest token's query against this key, q·k/√hd (what changes as the sequence grows). */
  score: number;
}

/** The key cache of one head after `extra` decoded tokens. */
export interface CacheNumbers {
  extra: number;
  /** Most tokens that may be decoded here (the context limit and MAX_EXTRA). */
  maxExtra: number;
  rows: CacheRow[];
  /** Row of the newest token (whose query is used once, never cached). */
  newest: number;
  /** Head vectors turned in the next decode step, summed over layers: keys cached after RoPE vs raw. */
  rotations: { rotated: number; raw: number };
  /** The prediction's answer: after 3 more decoded tokens, did the key row the state picks stay as written? */
  stays: boolean;
  /** Largest difference of any cached row from recomputing it, after the AHEAD tokens the answer decodes. */
  aheadChange: number;
}

/** Greedy decoding of `extra` tokens after the prefill, keeping each step's result. */
function decodeAhead(c: RopeContext, extra: number): ForwardResult[] {
  const runs = [c.run];
  for (let e = 0; e < extra; e++) {
    const last = runs[runs.length - 1];
    const logits = last.logits[last.logits.length - 1];
    const id = logits.reduce((b, x, i) => (x > logits[b] ? i : b), 0);
    runs.push(decode(c.model, last.cache, id)); // at the next position: one past the last cached row
  }
  return runs;
}

/** Rows of layer/group's key cache after the runs, each compared with recomputing the whole sequence now. */
function rowsOf(c: RopeContext, runs: ForwardResult[], layer: number, head: number, group: number): CacheRow[] {
  const last = runs[runs.length - 1];
  const cache = last.cache;
  const fresh = prefill(c.model, cache.ids); // the whole sequence again, no cache
  const hd = c.model.config.headDim;
  const trace = last.layers[layer];
  const qNew = trace.q[head][trace.q[head].length - 1]; // (hd), after RoPE at the newest position
  const K = cache.layers[layer].k[group]; // (T, hd)
  return K.map((k, t) => {
    const score = k.reduce((a, kj, j) => a + kj * qNew[j], 0) / Math.sqrt(hd);
    return {
      id: cache.ids[t],
      word: c.model.vocab[cache.ids[t]],
      decoded: t >= c.T,
      position: cache.positions[t],
      k: [...k],
      writtenAt: Math.max(0, t - c.T + 1),
      vsRecomputed: maxAbsDiff(k, fresh.cache.layers[layer].k[group][t]),
      score,
    };
  });
}

/** Tokens the prediction decodes before it compares. */
export const AHEAD = 3;

/** The cache step's numbers for the state (extra decoded tokens, head). */
export function deriveCache(c: RopeContext, s: RopeState): CacheNumbers {
  const { layer, head, group } = headOf(c, s);
  const { maxSeqLen, nLayers, nHeads, nKvHeads } = c.model.config;
  const maxExtra = Math.min(MAX_EXTRA, maxSeqLen - c.T);
  const extra = clamp(s.extra, 0, maxExtra);
  const runs = decodeAhead(c, Math.max(extra, Math.min(AHEAD, maxExtra)));
  const rows = rowsOf(c, runs.slice(0, extra + 1), layer, head, group);
  const ahead = rowsOf(c, runs.slice(0, Math.min(AHEAD, maxExtra) + 1), layer, head, group);
  const kRow = clamp(s.kRow, 0, c.T - 1);
  const aheadChange = Math.max(...ahead.map((r) => r.vsRecomputed));
  const T = rows.length;
  return {
    extra,
    maxExtra,
    rows,
    newest: T - 1,
    rotations: { rotated: rotationsPerDecodeStep(T, nLayers, nHeads, nKvHeads, 'rotated'), raw: rotationsPerDecodeStep(T, nLayers, nHeads, nKvHeads, 'raw') },
    stays: ahead[kRow].vsRecomputed <= 1e-9,
    aheadChange,
  };
}
