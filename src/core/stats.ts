import { assertVec, describeValue } from './checks';
import type { Vec } from './types';

/** The index of the largest entry (the first one on a tie): (T) -> index in 0..T-1. */
export function argmax(x: Vec): number {
  assertVec(x, 'argmax: x');
  let best = 0;
  for (let i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
  return best;
}

/** Shannon entropy of a weight row in nats, -Σ p_i ln p_i with 0·ln 0 = 0: (T) -> scalar; 0 = all on one key, ln T = uniform. */
export function entropy(p: Vec): number {
  assertVec(p, 'entropy: p');
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    if (pi < 0) throw new RangeError(`entropy: p[${i}] is ${describeValue(pi)}; probabilities cannot be negative`);
    if (pi > 0) h -= pi * Math.log(pi);
  }
  return h;
}
