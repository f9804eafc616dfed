/**
 * Bar lengths for a bar chart: each value's share of `max` (default: the largest magnitude), in
 * [−1, 1] (all zeros → 0). Charts that are compared pass the same `max` (one axis); weights pass 1.
 */
export function barFractions(values: readonly number[], max?: number): number[] {
  const m = max ?? Math.max(0, ...values.map((v) => Math.abs(v)));
  return values.map((v) => (m === 0 ? 0 : v / m));
}

/** Indices of the largest values (ties included, within a relative 1e-9). */
export function topIndices(values: readonly number[]): number[] {
  const m = Math.max(...values);
  const tol = 1e-9 * Math.max(1, Math.abs(m));
  return values.flatMap((v, i) => (m - v <= tol ? [i] : []));
}
