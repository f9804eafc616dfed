import { softmax } from './softmax';
import type { Vec } from './types';

/** The pieces of softmax(x) for teaching: exps[i] = e^(x[i] − shift), their sum, and the weights; shift is 0 unless e^x would overflow, then max(x). */
export function softmaxParts(x: Vec): { shift: number; exps: number[]; sum: number; weights: number[] } {
  const weights = softmax(x); // validates x: throws on NaN, +Infinity, empty or all −Infinity
  const max = Math.max(...x);
  const shift = max > 700 ? max : 0; // e^709 is the largest finite double
  const exps = x.map((xi) => Math.exp(xi - shift)); // (T) -> (T)
  const sum = exps.reduce((a, b) => a + b, 0);
  return { shift, exps, sum, weights };
}
