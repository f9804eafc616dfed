/**
 * Attention of the full prefill, measured on the real model: how much weight tokens of a later chunk put on
 * earlier chunks (the cross-attention naive reuse never computes; CacheBlend paper §3.3), and how concentrated
 * the question's last token's attention is (article 003 §5: a few tokens carry most of the weight, which is
 * why recomputing a few tokens can be enough; CacheBlend §4.3).
 */
import { type Model, prefill } from '../../core/model';
import { sparsity, topKMass } from '../../core/sparsity';
import type { Prompt } from './prompt';

/** One layer's measurements, each a mean over the query heads. */
export interface LayerAttention {
  /** Mean weight a token of chunk 2 or later puts on the chunks before its own: 0..1. */
  cross: number;
  /** Weight the question's last token puts on its 1, 2, 3 heaviest keys (of T): 0..1 each. */
  top: [number, number, number];
  /** Article 003's Sparsity(A, ε) at ε = 0.01 over the causal rows' visible entries: 0..1. */
  belowEps: number;
}

/** ε of the sparsity count (article 003 §5.2's first threshold). */
export const SPARSITY_EPS = 0.01;

/** Per layer (nLayers), the attention measurements of the full prefill of the prompt. */
export function measureAttention(model: Model, p: Prompt): LayerAttention[] {
  const run = prefill(model, p.tokens.map((t) => t.id));
  const T = p.T;
  const chunkOf = p.tokens.map((t) => (t.part === 'q' ? Infinity : t.part)); // (T); the question comes last
  const later = p.tokens.flatMap((t) => (typeof t.part === 'number' && t.part >= 1 ? [t.pos] : []));
  return run.layers.map((L) => {
    const H = L.heads.length;
    let cross = 0;
    let below = 0;
    const top: [number, number, number] = [0, 0, 0];
    for (const h of L.heads) {
      for (const r of later) {
        for (let j = 0; j < r; j++) if (chunkOf[j] < chunkOf[r]) cross += h.weights[r][j]; // keys of earlier chunks
      }
      const last = [h.weights[T - 1]]; // (1, T)
      for (let k = 1; k <= 3; k++) top[k - 1] += topKMass(last, k) / H;
      const visible = h.weights.map((_, i) => Array.from({ length: T }, (_, j) => j <= i)); // causal rows
      below += sparsity(h.weights, SPARSITY_EPS, visible).shareVisible / H;
    }
    return { cross: later.length === 0 ? 0 : cross / (H * later.length), top, belowEps: below };
  });
}
