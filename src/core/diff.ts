import { assertVec } from './checks';
import type { Vec } from './types';

/** Largest absolute entry-wise difference max_j |a_j − b_j| of two vectors (d), (d) -> number; 0 means identical. */
export function maxAbsDiff(a: Vec, b: Vec): number {
  assertVec(a, 'maxAbsDiff: a');
  assertVec(b, 'maxAbsDiff: b');
  if (a.length !== b.length) {
    throw new Error(`maxAbsDiff: a has ${a.length} entries but b has ${b.length} (shapes (${a.length}) and (${b.length}) must match)`);
  }
  let max = 0;
  for (let j = 0; j < a.length; j++) max = Math.max(max, Math.abs(a[j] - b[j])); // (d) -> ()
  return max;
}
