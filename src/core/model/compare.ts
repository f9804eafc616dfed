import { softmax } from '../softmax';
import type { Vec } from '../types';

/**
 * Kullback–Leibler divergence KL(p ‖ q) = Σ p_i ln(p_i / q_i) in nats, (V) × (V) -> scalar ≥ 0.
 * 0·ln(0/q) = 0; a q_i = 0 where p_i > 0 gives Infinity. Throws on different lengths.
 */
export function klDivergence(p: Vec, q: Vec): number {
  if (p.length !== q.length) throw new RangeError(`klDivergence: p has ${p.length} entries but q has ${q.length}`);
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] > 0) kl += p[i] * Math.log(p[i] / q[i]);
  }
  return Math.max(0, kl); // rounding can leave −1e−17 for equal inputs
}

/** How far a next-token distribution moved from a reference, both given as logits (V). */
export interface Shift {
  /** KL(reference ‖ other) of the softmax distributions, nats. */
  kl: number;
  /** Whether both pick the same most likely token. */
  sameTop1: boolean;
  /** Largest |logit difference|. */
  maxAbsDiff: number;
}

/** Compares other logits with reference logits (V): KL divergence, top-1 agreement, largest difference. */
export function logitShift(reference: Vec, other: Vec): Shift {
  const p = softmax(reference); // (V)
  const q = softmax(other); // (V)
  const top = (x: Vec) => x.reduce((b, xi, i) => (xi > x[b] ? i : b), 0);
  let maxAbsDiff = 0;
  for (let i = 0; i < reference.length; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(reference[i] - other[i]));
  return { kl: klDivergence(p, q), sameTop1: top(reference) === top(other), maxAbsDiff };
}
