import { describeValue } from './checks';
import type { Vec } from './types';

/**
 * Turns one row of scores into weights that sum to 1: (T_k) -> (T_k).
 * -Infinity (a masked key) gets weight exactly 0; NaN and +Infinity throw; a row with no finite entry throws RangeError.
 */
export function softmax(x: Vec): number[] {
  if (!Array.isArray(x)) throw new TypeError(`softmax: x must be an array of numbers, got ${describeValue(x)}`);
  if (x.length === 0) throw new RangeError('softmax: x is empty (shape (0)); it needs at least one score');
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const xi: unknown = x[i];
    if (typeof xi !== 'number' || Number.isNaN(xi) || xi === Infinity) {
      throw new Error(`softmax: x[${i}] is ${describeValue(xi)}; scores must be finite, or -Infinity for a masked key`);
    }
    if (xi > max) max = xi;
  }
  if (max === -Infinity) {
    throw new RangeError(`softmax: all ${x.length} scores are -Infinity (every key is masked), so no weight can be given`);
  }
  // Subtracting the max keeps every exponent <= 0: no overflow, and the largest term is exactly 1.
  const e = x.map((xi) => Math.exp(xi - max)); // (T_k) -> (T_k); exp(-Infinity) = 0
  let sum = 0;
  for (const ei of e) sum += ei;
  return e.map((ei) => ei / sum); // (T_k) -> (T_k)
}
