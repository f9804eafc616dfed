/**
 * Uniform asymmetric (min–max) quantization, as KIVI quantizes a KV cache (Liu et al., ICML 2024; the
 * formulas of its code, jy-yuan/KIVI quant/new_pack.py): a group of numbers x shares a zero point
 * z = min x and a scale s = (max x − min x) / (2^b − 1); each number is stored as the b-bit code
 * c = round((x − z) / s), clamped to 0 … 2^b − 1, and read back as x̂ = z + c·s, so |x − x̂| ≤ s / 2.
 * Which numbers form a group decides everything: per token (one row of a head's (T, hd) matrix) or per
 * channel (one column over a block of G tokens).
 */
import { assertMat, assertVec } from './checks';
import type { Mat, Vec } from './types';

/** Along which axis a (T, hd) cache matrix shares scales: 'token' = one scale per row, 'channel' = one per column over a block of tokens. */
export type QuantAxis = 'token' | 'channel';

/** One quantized group: zero point z (its minimum), step s, and the codes c, (n) integers in 0 … 2^b − 1. */
export interface QuantGroup {
  zero: number;
  scale: number;
  codes: number[];
}

/** Throws unless b is a whole number of bits, 1 … 16. */
export function assertBits(bits: number): void {
  if (!Number.isInteger(bits) || bits < 1 || bits > 16) throw new RangeError(`quantize: bits must be a whole number 1 … 16, got ${bits}`);
}

/** Largest code with b bits: 2^b − 1 (255 for int8, 15 for int4, 3 for int2). */
export function maxCode(bits: number): number {
  assertBits(bits);
  return 2 ** bits - 1;
}

/** Quantizes one group of numbers (n) to b bits: zero = min, scale = (max − min)/(2^b − 1); a constant group has scale 0 and is exact. */
export function quantizeGroup(x: Vec, bits: number): QuantGroup {
  assertVec(x, 'quantizeGroup: x');
  const top = maxCode(bits);
  let lo = x[0];
  let hi = x[0];
  for (const xi of x) {
    if (xi < lo) lo = xi;
    if (xi > hi) hi = xi;
  }
  const scale = (hi - lo) / top;
  const codes = x.map((xi) => (scale === 0 ? 0 : Math.min(top, Math.max(0, Math.round((xi - lo) / scale)))));
  return { zero: lo, scale, codes };
}

/** The numbers a group stands for: x̂ = zero + code·scale, (n). */
export function dequantizeGroup(g: QuantGroup): number[] {
  return g.codes.map((c) => g.zero + c * g.scale);
}

/** What storing a (T, hd) matrix quantized gives back. */
export interface QuantizedMatrix {
  /** The matrix as read back, (T, hd): quantized rows dequantized, rows kept in full precision unchanged. */
  restored: number[][];
  /** Every group's zero and scale (codes dropped), in storage order. */
  groups: { zero: number; scale: number }[];
  /** Rows stored quantized; the others (T − quantizedRows, the newest) are kept in full precision. */
  quantizedRows: number;
  /** Largest scale/2 of any group: the bound on |x − x̂| for this matrix (0 when nothing is quantized). */
  bound: number;
}

/**
 * Stores a head's (T, hd) key or value matrix at b bits.
 * - axis 'token': each row is one group of hd numbers (KIVI's value cache).
 * - axis 'channel': rows form consecutive blocks of `block` tokens; in each complete block every column is one
 *   group of `block` numbers (KIVI's key cache). Rows of an incomplete last block cannot share a scale yet and
 *   stay in full precision (KIVI keeps them in its full-precision residual until the block fills).
 * Throws on a non-finite or ragged matrix, bad bits, or a block that is not a whole number ≥ 1.
 */
export function quantizeMatrix(M: Mat, bits: number, axis: QuantAxis, block = 1): QuantizedMatrix {
  assertBits(bits);
  if (M.length === 0) return { restored: [], groups: [], quantizedRows: 0, bound: 0 };
  assertMat(M, 'quantizeMatrix: M');
  const groups: { zero: number; scale: number }[] = [];
  const keep = (g: QuantGroup) => {
    groups.push({ zero: g.zero, scale: g.scale });
    return dequantizeGroup(g);
  };
  let restored: number[][];
  let quantizedRows: number;
  if (axis === 'token') {
    restored = M.map((row) => keep(quantizeGroup(row, bits))); // (T, hd): one group per row
    quantizedRows = M.length;
  } else {
    if (!Number.isInteger(block) || block < 1) throw new RangeError(`quantizeMatrix: block must be a whole number of tokens ≥ 1, got ${block}`);
    quantizedRows = M.length - (M.length % block);
    restored = M.map((row) => [...row]);
    const hd = M[0].length;
    for (let b0 = 0; b0 < quantizedRows; b0 += block) {
      for (let j = 0; j < hd; j++) {
        const col = keep(quantizeGroup(M.slice(b0, b0 + block).map((row) => row[j]), bits)); // (block): one channel of the block
        col.forEach((x, i) => {
          restored[b0 + i][j] = x;
        });
      }
    }
  }
  const bound = groups.reduce((m, g) => Math.max(m, g.scale / 2), 0);
  return { restored, groups, quantizedRows, bound };
}

/**
 * Bits needed to store a (T, hd) matrix this way: b bits per quantized number, plus a zero and a scale of
 * `metaBits` each per group (KIVI keeps them in fp16), plus `fullBits` per number kept in full precision.
 */
export function quantizedBits(T: number, hd: number, bits: number, axis: QuantAxis, block = 1, metaBits = 16, fullBits = 16): number {
  assertBits(bits);
  if (![T, hd, block].every((n) => Number.isInteger(n) && n >= 0) || block < 1) throw new RangeError(`quantizedBits: T, hd must be whole numbers and block ≥ 1 (got ${T}, ${hd}, ${block})`);
  const rows = axis === 'token' ? T : T - (T % block);
  const groups = axis === 'token' ? T : (rows / block) * hd;
  return rows * hd * bits + groups * 2 * metaBits + (T - rows) * hd * fullBits;
}
