import { describe, expect, it } from 'vitest';
import {
  assertMat,
  assertNoOverflowMat,
  assertNoOverflowVec,
  assertRect,
  assertSize,
  assertVec,
  describeValue,
  shapeOf,
} from '../../src/core';

describe('checks', () => {
  it('assertVec accepts finite vectors and names the bad entry otherwise', () => {
    expect(() => assertVec([1, -2.5, 0], 'f: x')).not.toThrow();
    expect(() => assertVec([], 'f: x')).toThrow(/^f: x is empty/);
    expect(() => assertVec([1, Number.NaN], 'f: x')).toThrow(/^f: x\[1\] is NaN/);
    expect(() => assertVec([-Infinity], 'f: x')).toThrow(/^f: x\[0\] is -Infinity/);
    expect(() => assertVec(['1'], 'f: x')).toThrow(/^f: x\[0\] is a string/);
    expect(() => assertVec(3, 'f: x')).toThrow(/^f: x must be an array/);
  });

  it('assertMat rejects empty, ragged and non-finite matrices with the label first', () => {
    expect(() => assertMat([[1, 2], [3, 4]], 'g: K')).not.toThrow();
    expect(() => assertMat([], 'g: K')).toThrow(/^g: K is empty/);
    expect(() => assertMat([[]], 'g: K')).toThrow(/^g: K row 0 is empty/);
    expect(() => assertMat([[1, 2], [3]], 'g: K')).toThrow(/^g: K row 1 has 1 columns but row 0 has 2 \(ragged rows\)/);
    expect(() => assertMat([[1], [Infinity]], 'g: K')).toThrow(/^g: K\[1\]\[0\] is Infinity/);
    expect(() => assertMat([1, 2], 'g: K')).toThrow(/^g: K row 0 must be an array/);
  });

  it('assertRect checks shape only', () => {
    expect(() => assertRect([[true, false]], 'm')).not.toThrow();
    expect(() => assertRect([[true], [true, false]], 'm')).toThrow(/ragged rows/);
  });

  it('assertSize accepts non-negative integers only', () => {
    expect(() => assertSize(0, 'n')).not.toThrow();
    expect(() => assertSize(-3, 'n')).toThrow(/^n must be a non-negative integer, got -3/);
    expect(() => assertSize(Infinity, 'n')).toThrow(RangeError);
  });

  it('overflow checks report where the result stopped being finite', () => {
    expect(() => assertNoOverflowVec([1, Infinity], 'h: y')).toThrow(/^h: y overflowed at \[1\] \(got Infinity\)/);
    expect(() => assertNoOverflowMat([[0], [Number.NaN]], 'h: Y')).toThrow(/^h: Y overflowed at \[1\]\[0\] \(got NaN\)/);
    expect(() => assertNoOverflowMat([[1e308]], 'h: Y')).not.toThrow();
  });

  it('describeValue and shapeOf format for messages', () => {
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('a undefined');
    expect(shapeOf([[1, 2, 3], [4, 5, 6]])).toBe('(2, 3)');
    expect(shapeOf([])).toBe('(0, 0)');
  });
});
