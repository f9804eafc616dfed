/**
 * Quantity ids of the cross-attention stage and how they feed each other (src/lesson/links.ts).
 * Cross side, source word i: cross key ck.i, value cv.i, weight cw.i, output co. Self side,
 * decoded token j: sk.j, sv.j, sw.j, so. One query q (of the current decoder token) feeds both.
 *   q, ck.i → cw.i → co ← cv.i        q, sk.j → sw.j → so ← sv.j
 * Softmax normalises each side's row: every ck → the cross sum → every cw (and every sk → the self sum → every sw).
 */
import { type LinkGraph, linkGraph, type QuantityId, softmaxEdges } from '../links';

/** Quantity ids of the cross chapter (rows = tokens). */
export const xq = {
  q: 'q',
  ck: (i: number) => `ck.${i}`,
  cv: (i: number) => `cv.${i}`,
  cw: (i: number) => `cw.${i}`,
  co: 'co',
  sk: (j: number) => `sk.${j}`,
  sv: (j: number) => `sv.${j}`,
  sw: (j: number) => `sw.${j}`,
  so: 'so',
  /** Each side's softmax denominator (Σ over its keys of e^{score}). */
  csum: 'csum',
  ssum: 'ssum',
} as const;

/** The link graph with `enc` source words in the cross cache and `self` rows in the self cache. */
export function crossLinks(enc: number, self: number): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (let i = 0; i < enc; i++) edges.push([xq.q, xq.cw(i)], [xq.ck(i), xq.cw(i)], [xq.cw(i), xq.co], [xq.cv(i), xq.co]);
  for (let j = 0; j < self; j++) edges.push([xq.q, xq.sw(j)], [xq.sk(j), xq.sw(j)], [xq.sw(j), xq.so], [xq.sv(j), xq.so]);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  edges.push(...softmaxEdges(range(enc).map(xq.ck), range(enc).map(xq.cw), xq.csum), ...softmaxEdges(range(self).map(xq.sk), range(self).map(xq.sw), xq.ssum));
  return linkGraph(edges);
}
