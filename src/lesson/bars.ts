/** Bar lengths for a bar chart: each value's share of the largest magnitude, in [−1, 1] (all zeros → 0). */
export function barFractions(values: readonly number[]): number[] {
  const m = Math.max(0, ...values.map((v) => Math.abs(v)));
  return values.map((v) => (m === 0 ? 0 : v / m));
}

/** Indices of the largest values (ties included, within a relative 1e-9). */
export function topIndices(values: readonly number[]): number[] {
  const m = Math.max(...values);
  const tol = 1e-9 * Math.max(1, Math.abs(m));
  return values.flatMap((v, i) => (m - v <= tol ? [i] : []));
}
