/**
 * Quantity ids of the attention-matrix chapter and how they feed each other, for linked
 * highlighting (src/lesson/links.ts). Token i: 0 = The, 1 = cat, 2 = sat, 3 = on.
 *   q_i ─┐
 *   k_j ─┴→ grid[i][j] (the step's S × S matrix: scores, scaled, masked or weights)
 * On the weights grid softmax normalises each row: every key the row reads (not masked) feeds the row's sum,
 * which feeds each weight of the row — so a weight comes from every unmasked key of its row.
 * A grid cell also comes from its row and column header (heatmapLinks, added by the Heatmap).
 */
import { type LinkGraph, linkGraph, type QuantityId, softmaxEdges } from '../links';

/** Quantity ids: a token's row of Q, K or V; a cell of a grid. */
export const mq = {
  q: (i: number) => `mq.${i}`,
  k: (j: number) => `mk.${j}`,
  v: (j: number) => `mv.${j}`,
  cell: (grid: string, i: number, j: number) => `${grid}.${i}.${j}`,
  /** Row r's softmax denominator on a weights grid. */
  sum: (grid: string, r: number) => `${grid}.sum.${r}`,
} as const;

/** Grids whose cells are softmax weights (normalised per row). */
const SOFTMAX_GRIDS = new Set(['weights']);

/**
 * The links of grid `grid` (rows × cols cells; row r is the query of token first + r): a cell comes
 * from its query row of Q and its key row of K; on the weights grid also from every key its row reads
 * (`masked[r][j]` true where the mask hides key j from row r).
 */
export function maskLinks(grid: string, rows: number, cols: number, first = 0, masked?: readonly (readonly boolean[])[]): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) edges.push([mq.q(first + r), mq.cell(grid, r, j)], [mq.k(j), mq.cell(grid, r, j)]);
    if (SOFTMAX_GRIDS.has(grid)) {
      const read = Array.from({ length: cols }, (_, j) => j).filter((j) => !masked?.[r]?.[j]);
      edges.push(...softmaxEdges(read.map(mq.k), read.map((j) => mq.cell(grid, r, j)), mq.sum(grid, r)));
    }
  }
  return linkGraph(edges);
}
