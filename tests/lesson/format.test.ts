import { describe, expect, it } from 'vitest';
import { fmt, fmtFull, fmtId, fmtInt, fmtMs, fmtPercent, fmtPow10, fmtRatio, fmtShort, fmtSig, fmtTick, fmtTime, fmtVec, texInt, texNum, texShort, texSig, texText, texVec } from '../../src/lesson/format';

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

describe('one formatting rule per kind of quantity', () => {
  it('computed reals: 3 decimals, thousands grouped', () => {
    expect(fmt(4096)).toBe('4,096.000');
    expect(fmt(-12.345)).toBe('\u221212.345');
    expect(fmt(1234567)).toBe('1.235 × 10⁶');
  });
  it('input values: whole numbers bare and grouped, others trimmed, extremes as powers of ten', () => {
    expect(fmtShort(1_048_576)).toBe('1,048,576');
    expect(fmtShort(1e6)).toBe('1,000,000');
    expect(fmtShort(1e-6)).toBe('1 × 10⁻⁶');
    expect(fmtShort(100.25)).toBe('100.25');
    expect(fmtShort(-12.345)).toBe('\u221212.345');
  });
  it('integers: no decimals, thousands grouped, real minus', () => {
    expect(fmtInt(4096)).toBe('4,096');
    expect(fmtInt(64)).toBe('64');
    expect(fmtInt(-1_000_000)).toBe('\u22121,000,000');
    expect(fmtInt(-0)).toBe('0');
    expect(fmtInt(68_719_476_736)).toBe('68,719,476,736');
  });
  it('ratios and speed-ups: 3 significant digits', () => {
    expect(fmtRatio(369.41)).toBe('369×');
    expect(fmtRatio(1.5)).toBe('1.50×');
    expect(fmtRatio(1503)).toBe('1,500×');
    expect(fmtRatio(116.3)).toBe('116×');
    expect(fmtSig(0.012345)).toBe('0.0123');
    expect(fmtSig(999.7)).toBe('1,000');
  });
  it('times in the unit that keeps them between 1 and 1,000', () => {
    expect(fmtTime(19.3)).toBe('19.3 s');
    expect(fmtTime(0.000412)).toBe('412 µs');
    expect(fmtTime(0.0012)).toBe('1.20 ms');
    expect(fmtTime(150)).toBe('2.50 min');
    expect(fmtTime(7.5e-9)).toBe('7.50 ns');
    expect(fmtMs(19_300)).toBe('19.3 s');
  });
  it('axis ticks and threshold labels are compact', () => {
    expect(fmtTick(1024, { binary: true })).toBe('1K');
    expect(fmtTick(4096, { binary: true })).toBe('4K');
    expect(fmtTick(1_048_576, { binary: true })).toBe('1M');
    expect(fmtTick(1e-7)).toBe('10⁻⁷');
    expect(fmtTick(1e-4)).toBe('10⁻⁴');
    expect(fmtTick(0.001)).toBe('0.001');
    expect(fmtTick(0.1)).toBe('0.1');
    expect(fmtTick(1e6)).toBe('10⁶');
    expect(fmtTick(20)).toBe('20');
    expect(fmtPow10(-4)).toBe('10⁻⁴');
  });
  it('percentages with one decimal', () => {
    expect(fmtPercent(0.3904)).toBe('39.0 %');
  });
  it('vectors stay readable when an entry is grouped', () => {
    expect(fmtVec([1000, 2], true)).toBe('[1,000; 2]');
    expect(texVec([1000, 2], true)).toBe('[1{,}000;\\ 2]');
  });
  it('TeX uses the same digits: grouped with {,}, powers as \\times 10^{n}', () => {
    expect(texNum(4096)).toBe('4{,}096.000');
    expect(texInt(1_048_576)).toBe('1{,}048{,}576');
    expect(texShort(1e-6)).toBe('1 \\times 10^{-6}');
    expect(texSig(369.4)).toBe('369');
    expect(texNum(-0.0001)).toBe('-1.000 \\times 10^{-4}');
  });
});

describe('fmtId', () => {
  it('prints an identifier such as a seed without grouping (a seed is an id, not a quantity)', () => {
    expect(fmtId(1234)).toBe('1234');
    expect(fmtId(4294967295)).toBe('4294967295');
    expect(fmtId(0)).toBe('0');
    expect(fmtInt(1234)).toBe('1,234');
  });
});
