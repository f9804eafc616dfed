/**
 * What every step of the chapter starts from: the sentence's tokens, the prefill of the sentence (its
 * cache, every layer's q, k before and after RoPE), and the head the learner looks at.
 */
import { type ForwardResult, type Model, prefill, ropeFrequencies, type Token } from '../../core/model';
import { MAX_POSITION, OWN, type RopeState } from './model';

/** The prefilled sentence: tokens (T), the forward pass at positions 0..T−1, and the RoPE frequencies (hd/2). */
export interface RopeContext {
  model: Model;
  tokens: Token[];
  ids: number[];
  T: number;
  run: ForwardResult;
  /** θ_i = base^(−2i/hd), radians per position, (hd/2). */
  theta: number[];
}

/** Prefills the sentence once; every step's numbers derive from it. */
export function ropeContext(model: Model, tokens: Token[]): RopeContext {
  const ids = tokens.map((t) => t.id);
  const { headDim, ropeBase } = model.config;
  return { model, tokens, ids, T: ids.length, run: prefill(model, ids), theta: ropeFrequencies(headDim, ropeBase) };
}

/** The head the learner looks at, clamped to the model: layer, query head, and the K/V head it reads (⌊h / (H/KV)⌋). */
export function headOf(c: RopeContext, s: RopeState): { layer: number; head: number; group: number } {
  const { nLayers, nHeads, nKvHeads } = c.model.config;
  const layer = clamp(s.layer, 0, nLayers - 1);
  const head = clamp(s.head, 0, nHeads - 1);
  return { layer, head, group: Math.floor(head / (nHeads / nKvHeads)) };
}

/** v within [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A position field: the row's own position for OWN, else the value within 0..MAX_POSITION. */
export function positionOf(field: number, own: number): number {
  return field === OWN ? own : clamp(field, 0, MAX_POSITION);
}
