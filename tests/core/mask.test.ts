import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causalMask } from '../../src/core';

describe('causalMask', () => {
  it('is lower-triangular for a square mask', () => {
    expect(causalMask(3, 3)).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });

  it('aligns bottom-right when there are more keys than queries (cached prefix)', () => {
    expect(causalMask(2, 4)).toEqual([
      [true, true, true, false],
      [true, true, true, true],
    ]);
    expect(causalMask(1, 5)).toEqual([[true, true, true, true, true]]);
  });

  it('leaves early queries with no key when there are more queries than keys', () => {
    expect(causalMask(3, 2)).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });

  it('handles zero sizes', () => {
    expect(causalMask(0, 3)).toEqual([]);
    expect(causalMask(2, 0)).toEqual([[], []]);
  });

  it('throws on negative or non-integer sizes', () => {
    expect(() => causalMask(-1, 2)).toThrow(/queries must be a non-negative integer, got -1/);
    expect(() => causalMask(2, 1.5)).toThrow(/keys must be a non-negative integer, got 1.5/);
    expect(() => causalMask(Number.NaN, 2)).toThrow(RangeError);
  });

  it('property: query i sees key j iff j <= i + (keys - queries); the last query sees every key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), (queries, keys) => {
        const m = causalMask(queries, keys);
        expect(m.length).toBe(queries);
        m.forEach((row, i) => {
          expect(row.length).toBe(keys);
          for (const [j, seen] of row.entries()) expect(seen).toBe(j <= i + (keys - queries));
        });
        expect(m[queries - 1].every(Boolean)).toBe(true);
      }),
    );
  });
});
