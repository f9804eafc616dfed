import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addVec, dot, dotTerms, scaleVec } from '../../src/core';
import { num } from './arbitraries';

describe('vector', () => {
  it('dot and dotTerms write the worked example term by term', () => {
    expect(dotTerms([1, 1, 2], [1, 0, 1])).toEqual([1, 0, 2]);
    expect(dot([1, 1, 2], [1, 0, 1])).toBe(3);
    expect(dot([1, 1, 2], [1, 1, 0])).toBe(2);
  });

  it('property: the terms sum to the dot product', () => {
    const pair = fc.integer({ min: 1, max: 8 }).chain((d) => fc.tuple(fc.array(num(), { minLength: d, maxLength: d }), fc.array(num(), { minLength: d, maxLength: d })));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(dotTerms(a, b).reduce((s, t) => s + t, 0)).toBe(dot(a, b));
      }),
    );
  });

  it('scaleVec and addVec work entry by entry', () => {
    expect(scaleVec([1, -2, 0.5], 2)).toEqual([2, -4, 1]);
    expect(addVec([1, 2], [10, 20])).toEqual([11, 22]);
  });

  it('throws naming mismatched lengths, bad values and overflow', () => {
    expect(() => dot([1, 2], [1, 2, 3])).toThrow(/dot: a has 2 entries but b has 3/);
    expect(() => dotTerms([1], [Number.NaN])).toThrow(/dotTerms: b\[0\] is NaN/);
    expect(() => addVec([1], [])).toThrow(/addVec: b is empty/);
    expect(() => scaleVec([1], Infinity)).toThrow(/scaleVec: c\[0\] is Infinity/);
    expect(() => dot([1e200], [1e200])).toThrow(/dot: the result overflowed/);
    expect(() => addVec([1.7e308], [1.7e308])).toThrow(/addVec: the result overflowed at \[0\]/);
  });
});
