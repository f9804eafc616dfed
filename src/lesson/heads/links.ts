/**
 * Quantity ids of the multi-head stage and how they feed each other (linked highlighting,
 * src/lesson/links.ts): K/V head g feeds every query head that reads it; query head i fills its d
 * columns of Concat; every column of Concat feeds the output through W_O (which mixes the heads).
 */
import { type LinkGraph, linkGraph, type QuantityId } from '../links';

/** Quantity ids of the heads stage. */
export const hq = {
  kvHead: (g: number) => `kvh.${g}`,
  qHead: (i: number) => `qh.${i}`,
  concatCol: (j: number) => `cc.${j}`,
  output: 'mho',
} as const;

/** The links for query heads grouped as `groups` (query head i → K/V head groups[i]) and head width d. */
export function headsLinks(groups: readonly number[], d: number): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  groups.forEach((g, i) => {
    edges.push([hq.kvHead(g), hq.qHead(i)]);
    for (let c = 0; c < d; c++) edges.push([hq.qHead(i), hq.concatCol(i * d + c)], [hq.concatCol(i * d + c), hq.output]);
  });
  return linkGraph(edges);
}

/**
 * Quantity ids of the grouping question (cache-ratio step): a fixed example (h query heads, g K/V heads, T keys),
 * not the stage's heads, so its own ids. Its formula and its explanation carry them.
 */
export const gq = { h: 'gqa.h', g: 'gqa.g', T: 'gqa.T', mha: 'gqa.mha', gqa: 'gqa.gqa', macs: 'gqa.macs' } as const;

/** The grouping question's links: K/V heads give each cache (MHA has h of them, GQA g); query heads × keys give the multiply-adds. */
export const GQA_LINKS: LinkGraph = linkGraph([
  [gq.h, gq.mha],
  [gq.g, gq.gqa],
  [gq.h, gq.macs],
  [gq.T, gq.macs],
]);
