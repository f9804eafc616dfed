/**
 * Quantity ids of the worked example and how they feed each other, for linked highlighting
 * (src/lesson/links.ts). Token i: 0 = The, 1 = cat, 2 = sat, 3 = on (the real decoder's own row).
 *   q ─┐
 *   kᵢ ─┴→ sᵢ = q·kᵢ → s̃ᵢ = sᵢ/√d_k → wᵢ = e^{s̃ᵢ} / Σⱼ e^{s̃ⱼ} ─┐
 *                 √d_k ─┘   every s̃ⱼ → Σ ─┘           vᵢ ─┴→ o = Σ wᵢ·vᵢ
 */
import { type LinkGraph, linkGraph, type QuantityId, softmaxEdges } from '../links';

/** Quantity ids of the worked example (rows = tokens). */
export const wq = {
  q: 'q',
  sqrtD: 'sqrtd',
  k: (i: number) => `k.${i}`,
  v: (i: number) => `v.${i}`,
  score: (i: number) => `s.${i}`,
  scaled: (i: number) => `st.${i}`,
  weight: (i: number) => `w.${i}`,
  /** The softmax's denominator Σⱼ e^{s̃ⱼ}: every scaled score feeds it, it feeds every weight. */
  sum: 'wsum',
  output: 'o',
} as const;

/** The worked example's link graph for `tokens` rows (3 for the article's version, 4 with "on" itself). */
export function workedLinks(tokens: number): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (let i = 0; i < tokens; i++) {
    edges.push(
      [wq.q, wq.score(i)],
      [wq.k(i), wq.score(i)],
      [wq.score(i), wq.scaled(i)],
      [wq.sqrtD, wq.scaled(i)],
      [wq.scaled(i), wq.weight(i)],
      [wq.weight(i), wq.output],
      [wq.v(i), wq.output],
    );
  }
  const all = Array.from({ length: tokens }, (_, i) => i);
  edges.push(...softmaxEdges(all.map(wq.scaled), all.map(wq.weight), wq.sum));
  return linkGraph(edges);
}
