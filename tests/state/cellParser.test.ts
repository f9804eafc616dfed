import { describe, expect, it } from 'vitest';
import { MAX_CELL_ABS, parseCell } from '../../src/state/cellParser';

const value = (s: string, maxAbs?: number) => {
  const r = parseCell(s, maxAbs);
  if (!r.ok) throw new Error(`${s}: ${r.error}`);
  return r.value;
};
const error = (s: string) => {
  const r = parseCell(s);
  if (r.ok) throw new Error(`${s} parsed to ${r.value}`);
  return r.error;
};

describe('parseCell', () => {
  it('reads numbers and simple expressions', () => {
    expect(value('2')).toBe(2);
    expect(value('-0.5')).toBe(-0.5);
    expect(value('\u22120.5')).toBe(-0.5);
    expect(value('2^-1')).toBe(0.5);
    expect(value('1/sqrt(3)')).toBeCloseTo(0.57735, 5);
    expect(value('2pi')).toBeCloseTo(2 * Math.PI, 12);
    expect(value(' e ')).toBeCloseTo(Math.E, 12);
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0'), -0)).toBe(false);
  });
  it('rejects what a person might paste, with a reason', () => {
    expect(error('')).toBe('cell.error.empty');
    expect(error('   ')).toBe('cell.error.empty');
    expect(error('abc')).toBe('cell.error.unsupported');
    expect(error('1e999')).toBe('cell.error.notFinite');
    expect(error('1/0')).toBe('cell.error.notFinite');
    expect(error('sqrt(-1)')).toBe('cell.error.notFinite');
    expect(error('f(x)=x')).toBe('cell.error.chars');
    expect(error('a=1')).toBe('cell.error.chars');
    expect(error('"abc"')).toBe('cell.error.chars');
    expect(error('[1,2]')).toBe('cell.error.chars');
    expect(error('5 cm')).toBe('cell.error.unsupported');
    expect(error('3!')).toBe('cell.error.chars');
    expect(error('x'.repeat(10_000))).toBe('cell.error.tooLong');
    expect(error('1 +')).toBe('cell.error.syntax');
    expect(error('1e7')).toBe('cell.error.range');
    expect(error('import(1)')).toBe('cell.error.unsupported');
    expect(error('constructor')).toBe('cell.error.unsupported');
  });
  it('accepts the bounds themselves', () => {
    expect(value(String(MAX_CELL_ABS))).toBe(MAX_CELL_ABS);
    expect(value(`-${MAX_CELL_ABS}`)).toBe(-MAX_CELL_ABS);
  });
});

describe('parseCell: what people type from other keyboards and habits', () => {
  it('reads full-width digits, signs, points and brackets (NFKC), and the ideographic full stop', () => {
    expect(value('１．５')).toBe(1.5);
    expect(value('－３')).toBe(-3);
    expect(value('（１＋２）／４')).toBe(0.75);
    expect(value('1。5')).toBe(1.5);
    expect(value('２＾－１')).toBe(0.5);
  });
  it('reads superscript powers as powers, never as digits (10⁻⁶ is not 106)', () => {
    expect(value('10⁻⁶')).toBe(1e-6);
    expect(value('1.5 × 10³')).toBe(1500);
    expect(value('2²')).toBe(4);
    expect(value('π')).toBeCloseTo(Math.PI, 12);
  });
  it('reads commas only as thousands separators', () => {
    expect(value('1,048,576', Infinity)).toBe(1_048_576);
    expect(value('１，０２４')).toBe(1024);
    expect(value('-1,000.5')).toBe(-1000.5);
    expect(error('1,5')).toBe('cell.error.comma');
    expect(error('1,0000')).toBe('cell.error.comma');
  });
  it('rejects an incomplete exponent instead of reading 1e as Euler’s number', () => {
    for (const s of ['1e', '2e', '1e+', '1e-', '1.e', '3.5e']) expect(error(s), s).toBe('cell.error.exponent');
    expect(value('1e5')).toBe(1e5);
    expect(value('1E5')).toBe(1e5);
    expect(value('1e-7')).toBe(1e-7);
    expect(value('2*e')).toBeCloseTo(2 * Math.E, 12);
    expect(value('2exp(1)')).toBeCloseTo(2 * Math.E, 12);
  });
  it('takes a wider bound when the field has its own range (S up to 1,048,576)', () => {
    expect(error('1048576')).toBe('cell.error.range');
    expect(value('1048576', Infinity)).toBe(1_048_576);
  });
});
