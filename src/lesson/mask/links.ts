/**
 * Quantity ids of the attention-matrix chapter and how they feed each other, for linked
 * highlighting (src/lesson/links.ts). Token i: 0 = The, 1 = cat, 2 = sat, 3 = on.
 *   q_i ─┐
 *   k_j ─┴→ grid[i][j] (the step's S × S matrix: scores, scaled, masked or weights)
 * On the weights grid softmax normalises each row: every key the row reads (not masked) feeds the row's sum,
 * which feeds each weight of the row — so a weight comes from every unmasked key of its row.
 * A grid cell also comes from its row and column header (heatmapLinks, added by the Heatmap).
 * The prediction on row "cat" (causal-mask step): its weights with the causal mask and without any mask, each a
 * softmax over the keys the row reads, each row made of its four weights; the masked row's weights give its sum.
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
  /** Row "cat"'s weight of key j with the causal mask ('causal') or without a mask ('open'). */
  catW: (mode: CatMode, j: number) => `cat.${mode}.${j}`,
  /** Row "cat"'s weights as one vector (made of its four weights). */
  catRow: (mode: CatMode) => `cat.${mode}`,
  /** The sum of row "cat"'s weights with the causal mask. */
  catSum: 'cat.sum',
} as const;

/** Row "cat" of the prediction: with the causal mask, or without any mask. */
export type CatMode = 'causal' | 'open';

/** The prediction's row: token 1, "cat". */
const CAT = 1;

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

/**
 * The links of the prediction on row "cat" (`causal[j]` true where the causal mask lets "cat" read key j; `switchOn`:
 * the step's masked grid is the causal one). Each row is a softmax over the keys it reads: from the masked grid's row
 * "cat" when that grid is in the row's mode, else straight from q of "cat" and those keys. Each row is made of its
 * four weights; the masked row's weights give its sum.
 */
export function catRowLinks(causal: readonly boolean[], switchOn: boolean): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (const mode of ['causal', 'open'] as const) {
    const read = causal.flatMap((ok, j) => (mode === 'open' || ok ? [j] : []));
    const onGrid = switchOn === (mode === 'causal');
    const sources = onGrid ? read.map((j) => mq.cell('masked', CAT, j)) : [mq.q(CAT), ...read.map(mq.k)];
    const cells = causal.map((_, j) => mq.catW(mode, j));
    edges.push(...softmaxEdges(sources, cells, `cat.${mode}.den`), ...cells.map((c): [QuantityId, QuantityId] => [c, mq.catRow(mode)]));
  }
  edges.push([mq.catRow('causal'), mq.catSum]);
  return linkGraph(edges);
}
