import { assertNoOverflowVec, assertVec } from './checks';
import type { Vec } from './types';

/** Σ x_i of a finite vector (T) -> scalar; an empty vector sums to 0; throws if finite entries overflow. */
export function sum(x: Vec): number {
  if (x.length === 0) return 0;
  assertVec(x, 'sum: x');
  let s = 0;
  for (const xi of x) s += xi;
  assertNoOverflowVec([s], 'sum: the result');
  return s;
}
