/**
 * Quantity ids of the cost stage and how they feed each other (linked highlighting, src/lesson/links.ts):
 * the sizes S, d, B, N, L and the bytes per number b → the multiply-adds of a full pass and of one
 * cached step, the S × S scores of one layer, a fused kernel's row statistics, the KV cache → their
 * ratio and the arithmetic intensities. Dependencies follow src/core/cost.ts.
 */
import { type LinkGraph, linkGraph, type QuantityId } from '../links';

/** Quantity ids of the cost stage's inputs (cq.S …) and results. */
export const cq = {
  size: (k: 'S' | 'd' | 'B' | 'N' | 'L') => `cq.${k}`,
  bytes: 'cq.b',
  full: 'cq.full',
  decode: 'cq.decode',
  ratio: 'cq.ratio',
  scores: 'cq.scores',
  fused: 'cq.fused',
  cache: 'cq.cache',
  decodeI: 'cq.decodeI',
  prefillI: 'cq.prefillI',
} as const;

/** The cost stage's link graph. */
export function costLinks(): LinkGraph {
  const all = (['S', 'd', 'B', 'N', 'L'] as const).map(cq.size);
  const edges: [QuantityId, QuantityId][] = [
    ...all.flatMap((id) => [[id, cq.full] as [QuantityId, QuantityId], [id, cq.decode] as [QuantityId, QuantityId], [id, cq.cache] as [QuantityId, QuantityId]]),
    [cq.bytes, cq.cache],
    // One layer's scores: B · N · S² numbers of b bytes; a fused kernel keeps 2 fp32 statistics per row.
    ...(['S', 'B', 'N'] as const).flatMap((k) => [[cq.size(k), cq.scores] as [QuantityId, QuantityId], [cq.size(k), cq.fused] as [QuantityId, QuantityId]]),
    [cq.bytes, cq.scores],
    [cq.full, cq.ratio],
    [cq.decode, cq.ratio],
    [cq.decode, cq.decodeI],
    [cq.full, cq.prefillI],
    [cq.cache, cq.decodeI],
    [cq.cache, cq.prefillI],
  ];
  return linkGraph(edges);
}
