/**
 * Bar geometry (pure): bars that are compared share one axis, so a bar's length is proportional
 * to its value on every chart of a step (Tufte's lie factor 1, GUIDE §8). Signed values grow left
 * and right of a zero line; weights use the fixed axis 0 … 1.
 */

/** The value range a set of compared bars is drawn on; it always contains 0. */
export interface BarAxis {
  min: number;
  max: number;
}

/** Weights (softmax outputs) are drawn on a fixed 0 … 1 axis, so "they sum to 1" is visible. */
export const WEIGHT_AXIS: BarAxis = { min: 0, max: 1 };

/** One axis for every set of values that is compared (e.g. scores and scaled scores): from min(0, all) to max(0, all). */
export function sharedAxis(...sets: readonly (readonly number[])[]): BarAxis {
  const all = sets.flat().filter(Number.isFinite);
  const min = Math.min(0, ...all);
  const max = Math.max(0, ...all);
  return min === max ? { min: 0, max: 1 } : { min, max };
}

/** Position of value v on the axis as a share of the track, clamped to [0, 1]. */
export function axisFraction(v: number, axis: BarAxis): number {
  const f = (v - axis.min) / (axis.max - axis.min);
  return Number.isNaN(f) ? 0 : Math.min(1, Math.max(0, f));
}

/** Where the zero line sits on the track, as a share of its width (0 = left edge). */
export function zeroFraction(axis: BarAxis): number {
  return axisFraction(0, axis);
}

/** A bar as shares of its track: it starts at the zero line and extends right (v > 0) or left (v < 0). */
export function barSpan(v: number, axis: BarAxis): { left: number; width: number; negative: boolean } {
  const zero = zeroFraction(axis);
  const end = axisFraction(v, axis);
  return { left: Math.min(zero, end), width: Math.abs(end - zero), negative: v < 0 };
}

/** Each value's share of `max` (default: the largest magnitude), in [−1, 1] (all zeros → 0). Prefer sharedAxis + barSpan, which also place the zero line. */
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
