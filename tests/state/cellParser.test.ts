import { describe, expect, it } from 'vitest';
import { MAX_CELL_ABS, parseCell } from '../../src/state/cellParser';

const value = (s: string) => {
  const r = parseCell(s);
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
