/**
 * Quantity ids of "why no Q cache" and how they feed each other, for linked highlighting
 * (src/lesson/links.ts). Token i: 0 = The, 1 = cat, 2 = sat, 3 = on.
 *   q_i ─┐
 *   k_j ─┴→ grid[i][j] (QKᵀ, or the weights softmax(QKᵀ/√d_k + M))
 * On a weights grid softmax normalises each row: every key the row reads (not masked) feeds the row's sum,
 * which feeds each weight of the row.
 * A grid cell also comes from its row and column header (heatmapLinks, added by the Heatmap).
 */
import { type LinkGraph, linkGraph, type QuantityId, softmaxEdges } from '../links';

/** Quantity ids: a token's q, k or v; a cell of a grid. */
export const nq = {
  q: (i: number) => `nq.${i}`,
  k: (j: number) => `nk.${j}`,
  v: (j: number) => `nv.${j}`,
  cell: (grid: string, i: number, j: number) => `${grid}.${i}.${j}`,
  /** Row i's softmax denominator on a weights grid. */
  sum: (grid: string, i: number) => `${grid}.sum.${i}`,
} as const;

/** Grids whose cells are softmax weights (normalised per row). */
const SOFTMAX_GRIDS = new Set(['live', 'after']);

/** The links of a T × T grid named `grid`: cell (i, j) comes from q_i and k_j; a weight also from every key of its row not masked (`masked[i][j]`). */
export function noqLinks(grid: string, T: number, masked?: readonly (readonly boolean[])[]): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (let i = 0; i < T; i++) {
    for (let j = 0; j < T; j++) edges.push([nq.q(i), nq.cell(grid, i, j)], [nq.k(j), nq.cell(grid, i, j)]);
    if (SOFTMAX_GRIDS.has(grid)) {
      const read = Array.from({ length: T }, (_, j) => j).filter((j) => !masked?.[i]?.[j]);
      edges.push(...softmaxEdges(read.map(nq.k), read.map((j) => nq.cell(grid, i, j)), nq.sum(grid, i)));
    }
  }
  return linkGraph(edges);
}
