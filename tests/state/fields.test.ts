import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldSpec, MAX_ABS, maxFieldChars, readField, sameValue, writeField } from '../../src/state/fields';
import { numArb } from './arbitraries';

const int: FieldSpec = { kind: 'int', min: 1, max: 8 };
const num: FieldSpec = { kind: 'num', min: -2, max: 2 };
const vec: FieldSpec = { kind: 'vec', maxLen: 4 };
const mat: FieldSpec = { kind: 'mat', maxRows: 3, maxCols: 4 };
const text: FieldSpec = { kind: 'text', maxLen: 12, pattern: /^[\p{L}\p{N} ,.;:&=?_-]*$/u };
const choice: FieldSpec = { kind: 'enum', values: ['causal', 'full', 'über'] };

describe('writeField / readField', () => {
  it('round-trips every number a cell can hold, exactly (same double back)', () => {
    fc.assert(
      fc.property(fc.array(numArb(), { maxLength: 4 }), (xs) => {
        expect(readField(vec, writeField(vec, xs))).toEqual(xs);
      }),
    );
  });

  it('round-trips rectangular matrices, the empty matrix and empty rows', () => {
    const matArb = fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(numArb(), { minLength: cols, maxLength: cols }), { maxLength: 3 }));
    fc.assert(
      fc.property(matArb, (m) => {
        expect(readField(mat, writeField(mat, m))).toEqual(m);
      }),
    );
    expect(readField(mat, writeField(mat, []))).toEqual([]);
    expect(readField(mat, writeField(mat, [[], []]))).toEqual([[], []]);
  });

  it('round-trips text with separators and non-Latin letters, and enum values', () => {
    for (const s of ['a;b:c&d=e?f', '注意力 键 值', '', '1,2_3']) expect(readField(text, writeField(text, s))).toBe(s);
    for (const v of choice.kind === 'enum' ? choice.values : []) expect(readField(choice, writeField(choice, v))).toBe(v);
  });

  it('reads int and num fields over their own range, even beyond ±MAX_ABS (e.g. 10 million tokens)', () => {
    const tokens: FieldSpec = { kind: 'int', min: 1, max: 10_000_000 };
    expect(readField(tokens, writeField(tokens, 10_000_000))).toBe(10_000_000);
    expect(readField(tokens, '10000001')).toBeUndefined();
    const big: FieldSpec = { kind: 'num', min: 0, max: 1e22 };
    expect(readField(big, writeField(big, 1e21))).toBe(1e21);
  });

  it('writes -0 as 0 and booleans as 1/0', () => {
    expect(writeField(num, -0)).toBe('0');
    expect(writeField({ kind: 'bool' }, true)).toBe('1');
    expect(readField({ kind: 'bool' }, '0')).toBe(false);
  });

  it('never writes more than maxFieldChars (the bound behind the hash-length cap)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -MAX_ABS, max: MAX_ABS, noNaN: true }), { maxLength: 12 }), (xs) => {
        const m = [xs.slice(0, 4), xs.slice(4, 8), xs.slice(8, 12)].filter((r) => r.length === 4);
        expect(writeField(vec, xs.slice(0, 4)).length).toBeLessThanOrEqual(maxFieldChars(vec));
        expect(writeField(mat, m).length).toBeLessThanOrEqual(maxFieldChars(mat));
      }),
    );
    expect(writeField(text, '中'.repeat(12)).length).toBeLessThanOrEqual(maxFieldChars(text));
    expect(writeField(num, -1.2345678901234568e-300).length).toBeLessThanOrEqual(maxFieldChars(num));
  });

  it.each([
    [int, '0', 'below min'],
    [int, '9', 'above max'],
    [int, '2.5', 'not an integer'],
    [num, '2.001', 'above max'],
    [num, 'NaN', 'NaN'],
    [num, 'Infinity', 'Infinity'],
    [num, '1e999', 'overflows to Infinity'],
    [num, '0x1', 'hex'],
    [num, '+1', 'explicit plus'],
    [num, '1,5', 'decimal comma'],
    [num, '', 'empty'],
    [vec, '1,2,3,4,5', 'too long'],
    [vec, '1,,2', 'empty entry'],
    [vec, `${MAX_ABS * 10},1`, 'beyond ±MAX_ABS'],
    [mat, '1,2_3', 'ragged rows'],
    [mat, '1_2_3_4', 'too many rows'],
    [mat, '1,2,3,4,5', 'too many columns'],
    [{ kind: 'bool' } as FieldSpec, 'true', 'bool spelled out'],
    [choice, 'other', 'unknown choice'],
    [choice, '%E0%A4%A', 'broken percent-encoding'],
    [text, encodeURIComponent('<script>'), 'characters outside the pattern'],
    [text, 'a'.repeat(13), 'too long'],
  ])('rejects %s (%s)', (spec, raw) => {
    expect(readField(spec, raw)).toBeUndefined();
  });

  it('sameValue treats 0 and -0 as the same and compares nested arrays deeply', () => {
    expect(sameValue(0, -0)).toBe(true);
    expect(sameValue([[1, 2]], [[1, 2]])).toBe(true);
    expect(sameValue([[1, 2]], [[1, 3]])).toBe(false);
    expect(sameValue([1], [1, 2])).toBe(false);
  });
});
