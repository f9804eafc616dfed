import type { RowDeviation } from '../../core/model';

/** One layer's largest relative K and V deviation over a set of rows. */
export interface LayerWorst {
  /** Largest ‖k′ − k‖ / ‖k‖ (unitless). */
  k: number;
  /** Largest ‖v′ − v‖ / ‖v‖ (unitless). */
  v: number;
}

/**
 * Per layer, the largest relative deviation of K and V over the rows from `from` on: (nLayers) entries.
 * `dev` is (nLayers) × (rows), as kvDeviation returns it; rows before `from` (e.g. the prefix chunk) are left out.
 * A layer with no rows from `from` on reads 0. Throws RangeError when `from` is negative or not an integer.
 */
export function worstPerLayer(dev: readonly (readonly RowDeviation[])[], from: number): LayerWorst[] {
  if (!Number.isInteger(from) || from < 0) throw new RangeError(`worstPerLayer: from = ${from}`);
  return dev.map((L) => L.slice(from).reduce((w, d) => ({ k: Math.max(w.k, d.kRel), v: Math.max(w.v, d.vRel) }), { k: 0, v: 0 }));
}

/** The larger of a layer's K and V deviation and which it is (the slide's table cell that holds it): ties read K. */
export function largestOf(w: LayerWorst): { kind: 'k' | 'v'; value: number } {
  return w.v > w.k ? { kind: 'v', value: w.v } : { kind: 'k', value: w.k };
}
