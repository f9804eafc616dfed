/**
 * Quantity ids of the origin chapter and how they feed each other, for linked highlighting
 * (src/lesson/links.ts). Token t: 0 = The, 1 = cat, 2 = sat, 3 = on; m = dimension of the embedding
 * (0 … d_model − 1), j = dimension of the head (0 … d_k − 1).
 *   X[t][m] ─┐
 *   W_P[m][j] ┴→ P[t][j] = Σ_m X[t][m]·W_P[m][j]     (P = Q, K, V)
 */
import { type LinkGraph, linkGraph, type QuantityId } from '../links';
import type { Proj } from './derive';

/** Quantity ids: an entry of X, of a weight matrix, of a projection. */
export const oq = {
  x: (t: number, m: number) => `x.${t}.${m}`,
  w: (p: Proj, m: number, j: number) => `w${p.toLowerCase()}.${m}.${j}`,
  out: (p: Proj, t: number, j: number) => `${p.toLowerCase()}.${t}.${j}`,
} as const;

const PROJS: readonly Proj[] = ['Q', 'K', 'V'];

/** The link graph of Q, K, V = X·W for `tokens` tokens, d_model and d_k: entry (t, j) comes from row t of X and column j of W. */
export function originLinks(tokens: number, dModel: number, dK: number): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (const p of PROJS) {
    for (let t = 0; t < tokens; t++) {
      for (let j = 0; j < dK; j++) {
        for (let m = 0; m < dModel; m++) edges.push([oq.x(t, m), oq.out(p, t, j)], [oq.w(p, m, j), oq.out(p, t, j)]);
      }
    }
  }
  return linkGraph(edges);
}
