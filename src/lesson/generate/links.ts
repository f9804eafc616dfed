/**
 * Quantity ids of the generation stage and how they feed each other, for linked highlighting
 * (src/lesson/links.ts). Row i is token i of TOKENS (0 = The … 5 = mat); `newest` is the token
 * whose query row the stage shows.
 *   xᵢ → kᵢ, vᵢ;  x_newest → q;  q, kᵢ → wᵢ;  every kⱼ → Σ (softmax's denominator) → every wᵢ;  wᵢ, vᵢ → o
 */
import { type LinkGraph, linkGraph, type QuantityId, softmaxEdges } from '../links';

/** Quantity ids of the generation chapter (rows = tokens). */
export const gq = {
  x: (i: number) => `x.${i}`,
  k: (i: number) => `k.${i}`,
  v: (i: number) => `v.${i}`,
  q: 'q',
  weight: (i: number) => `w.${i}`,
  /** The softmax's denominator Σⱼ e^{q·kⱼ/√d}: every key feeds it, it feeds every weight. */
  sum: 'wsum',
  output: 'o',
} as const;

/** The link graph of a cache of T rows whose newest row (T − 1) is the token attending. */
export function generateLinks(T: number): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [[gq.x(T - 1), gq.q]];
  for (let i = 0; i < T; i++) {
    edges.push(
      [gq.x(i), gq.k(i)],
      [gq.x(i), gq.v(i)],
      [gq.q, gq.weight(i)],
      [gq.k(i), gq.weight(i)],
      [gq.weight(i), gq.output],
      [gq.v(i), gq.output],
    );
  }
  const all = Array.from({ length: T }, (_, i) => i);
  edges.push([gq.q, gq.sum], ...softmaxEdges(all.map(gq.k), all.map(gq.weight), gq.sum));
  return linkGraph(edges);
}

/**
 * Quantity ids of the cost step's question (the benchmark's N, not the stage's tokens): the number of tokens N and
 * the ratio of multiply-adds without and with a cache it gives. Its explanation and its answer line carry them.
 */
export const costAsk = { N: 'ask.N', ratio: 'ask.ratio' } as const;

/** The cost question's links: N → the ratio. */
export const COST_ASK_LINKS: LinkGraph = linkGraph([[costAsk.N, costAsk.ratio]]);
