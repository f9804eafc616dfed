/**
 * Quantity ids of the scaling chapter's stage row and how they feed each other (src/lesson/links.ts):
 * key i's score sᵢ = q·kᵢ → s̃ᵢ = sᵢ/√d_k → wᵢ = softmax(s̃)ᵢ, and without the division sᵢ → softmax(s)ᵢ.
 * The scaled path uses the worked example's ids (s.i, st.i, w.i, sqrtd).
 */
import { type LinkGraph, linkGraph, type QuantityId } from '../links';
import { wq } from '../worked/links';

/** Quantity id of the unscaled softmax weight of key i. */
export const rawWeightId = (i: number): QuantityId => `wr.${i}`;

/** The row's link graph for `keys` keys: every weight depends on every score of its path (softmax normalises the row). */
export function scalingLinks(keys: number): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (let i = 0; i < keys; i++) {
    edges.push([wq.score(i), wq.scaled(i)], [wq.sqrtD, wq.scaled(i)]);
    for (let j = 0; j < keys; j++) edges.push([wq.scaled(j), wq.weight(i)], [wq.score(j), rawWeightId(i)]);
  }
  return linkGraph(edges);
}
