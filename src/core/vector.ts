import { assertNoOverflowVec, assertVec } from './checks';
import type { Vec } from './types';

/** Throws unless a and b have the same length d (`what` names the dimension, e.g. 'd_k'). */
function assertSameLength(a: Vec, b: Vec, fn: string, what: string): void {
  if (a.length !== b.length) {
    throw new Error(`${fn}: a has ${a.length} entries but b has ${b.length} (${what} must match)`);
  }
}

/** Unchecked a·b for core callers that already validated: (d) · (d) -> scalar. */
export function dotRaw(a: Vec, b: Vec): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** The dot product a·b = Σ_i a_i b_i: (d) · (d) -> scalar; throws on mismatch, non-finite input or overflow. */
export function dot(a: Vec, b: Vec): number {
  assertVec(a, 'dot: a');
  assertVec(b, 'dot: b');
  assertSameLength(a, b, 'dot', 'd');
  const s = dotRaw(a, b);
  assertNoOverflowVec([s], 'dot: the result');
  return s;
}

/** The terms of a dot product, a_i * b_i per dimension: (d) ⊙ (d) -> (d); their sum is dot(a, b). */
export function dotTerms(a: Vec, b: Vec): number[] {
  assertVec(a, 'dotTerms: a');
  assertVec(b, 'dotTerms: b');
  assertSameLength(a, b, 'dotTerms', 'd');
  const terms = a.map((ai, i) => ai * b[i]); // (d) ⊙ (d) -> (d)
  assertNoOverflowVec(terms, 'dotTerms: the terms');
  return terms;
}

/** c times x, entry by entry: scalar x (d) -> (d). */
export function scaleVec(x: Vec, c: number): number[] {
  assertVec(x, 'scaleVec: x');
  assertVec([c], 'scaleVec: c');
  const y = x.map((xi) => c * xi);
  assertNoOverflowVec(y, 'scaleVec: the result');
  return y;
}

/** a + b, entry by entry: (d) + (d) -> (d). */
export function addVec(a: Vec, b: Vec): number[] {
  assertVec(a, 'addVec: a');
  assertVec(b, 'addVec: b');
  assertSameLength(a, b, 'addVec', 'd');
  const y = a.map((ai, i) => ai + b[i]);
  assertNoOverflowVec(y, 'addVec: the result');
  return y;
}
