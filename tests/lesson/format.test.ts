import { describe, expect, it } from 'vitest';
import { fmt, fmtFull, fmtShort, fmtVec, texNum, texShort, texText } from '../../src/lesson/format';

describe('fmt', () => {
  it('uses 3 decimals and a real minus sign', () => {
    expect(fmt(0.39038)).toBe('0.390');
    expect(fmt(-1.5)).toBe('\u22121.500');
  });
  it('never shows a negative zero', () => {
    expect(fmt(-0)).toBe('0.000');
    expect(fmt(-0.0001)).toBe('\u22121.000 × 10⁻⁴');
    expect(fmt(-0.0004999, 2)).toBe('\u22125.00 × 10⁻⁴');
  });
  it('writes extremes with powers of ten, and infinities as symbols', () => {
    expect(fmt(1.234e7)).toBe('1.234 × 10⁷');
    expect(fmt(Number.NEGATIVE_INFINITY)).toBe('\u2212∞');
  });
  it('trims trailing zeros for inputs', () => {
    expect(fmtShort(1)).toBe('1');
    expect(fmtShort(0.5)).toBe('0.5');
    expect(fmtShort(1 / 3)).toBe('0.333');
    expect(fmtVec([1, -0.5], true)).toBe('[1, \u22120.5]');
  });
  it('gives the full value for hover', () => {
    expect(fmtFull(1 / 3)).toBe('0.3333333333333333');
    expect(fmtFull(-2)).toBe('\u22122');
  });
});

describe('texNum', () => {
  it('matches fmt digits and never writes e-notation or -0', () => {
    expect(texNum(1.7320508)).toBe('1.732');
    expect(texNum(-0)).toBe('0.000');
    expect(texNum(1.23e-7)).toBe('1.230 \\times 10^{-7}');
    expect(texNum(1.23e-7)).not.toMatch(/e-/);
    expect(texShort(2)).toBe('2');
  });
  it('escapes typed text for \\text{}', () => {
    expect(texText('a_b{c}')).toBe('\\text{a\\_b\\{c\\}}');
    expect(texText('\\evil')).toBe('\\text{\\textbackslash evil}');
  });
});
