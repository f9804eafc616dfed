import type { Vec } from '../types';

/**
 * Rotary position embedding (RoPE; Su et al. 2021, RoFormer, eq. 34), adjacent-pair form as in
 * Meta's Llama reference: the pair (x[2i], x[2i+1]) turns by angle position · θ_i, θ_i = base^(−2i/hd).
 * Rotating q at position m and k at position n makes q·k depend on m − n only.
 */

/** The turning rate of each pair, θ_i = base^(−2i/hd) radians per position: -> (hd/2). */
export function ropeFrequencies(headDim: number, base: number): number[] {
  if (!Number.isInteger(headDim) || headDim < 2 || headDim % 2 !== 0) {
    throw new RangeError(`ropeFrequencies: head_dim must be an even integer ≥ 2, got ${headDim}`);
  }
  if (!Number.isFinite(base) || base <= 0) throw new RangeError(`ropeFrequencies: base must be a positive number, got ${base}`);
  return Array.from({ length: headDim / 2 }, (_, i) => base ** ((-2 * i) / headDim)); // (hd/2)
}

const memo = new Map<string, readonly number[]>();
/** ropeFrequencies, computed once per (head_dim, base): rope runs for every row of every head. */
function frequenciesOf(headDim: number, base: number): readonly number[] {
  const key = `${headDim}:${base}`;
  let theta = memo.get(key);
  if (theta === undefined) {
    theta = ropeFrequencies(headDim, base);
    if (memo.size > 16) memo.clear(); // a handful of (head_dim, base) pairs at most in practice
    memo.set(key, theta);
  }
  return theta;
}

/** Each pair's angle at a position, position · θ_i (radians): -> (hd/2). */
export function ropeAngles(position: number, headDim: number, base: number): number[] {
  return ropeFrequencies(headDim, base).map((theta) => position * theta); // (hd/2)
}

/**
 * Rotates x by `position` (any real number; negative turns back): (hd) -> (hd).
 * out[2i] = x[2i]·cos a − x[2i+1]·sin a, out[2i+1] = x[2i]·sin a + x[2i+1]·cos a, a = position · θ_i.
 */
export function rope(x: Vec, position: number, base: number): number[] {
  if (x.length % 2 !== 0) throw new RangeError(`rope: x has ${x.length} entries; RoPE turns pairs, so it needs an even length`);
  if (!Number.isFinite(position)) throw new RangeError(`rope: position must be a finite number, got ${position}`);
  const theta = frequenciesOf(x.length, base);
  const out = new Array<number>(x.length);
  for (let i = 0; i < theta.length; i++) {
    const a = position * theta[i];
    const c = Math.cos(a);
    const s = Math.sin(a);
    const x0 = x[2 * i];
    const x1 = x[2 * i + 1];
    out[2 * i] = x0 * c - x1 * s;
    out[2 * i + 1] = x0 * s + x1 * c;
  }
  return out; // (hd)
}

/**
 * Re-rotates a cached key from the position it was written at to another: R(Δ)·k with Δ = to − from, (hd) -> (hd).
 * Rotations compose (R(a)·R(b) = R(a + b)), so this equals the key computed at `to` (up to rounding).
 * This is how a reused chunk's keys are moved to new positions (CacheBlend, Yao et al. 2025).
 */
export function rerotate(k: Vec, from: number, to: number, base: number): number[] {
  return rope(k, to - from, base); // (hd)
}
