import { assertSize, assertVec, describeValue } from './checks';
import { dotRaw } from './vector';
import { mulberry32, normals } from './random';
import type { Vec } from './types';

/** Mean and population standard deviation of samples: (n) -> { mean, std }. */
export function meanStd(x: Vec): { mean: number; std: number } {
  assertVec(x, 'meanStd: x');
  let m = 0;
  for (const xi of x) m += xi;
  m /= x.length;
  let v = 0;
  for (const xi of x) v += (xi - m) * (xi - m);
  return { mean: m, std: Math.sqrt(v / x.length) };
}

/** Smallest and largest sample: (n) -> { min, max }. */
export function extent(x: Vec): { min: number; max: number } {
  assertVec(x, 'extent: x');
  let min = x[0];
  let max = x[0];
  for (const xi of x) {
    if (xi < min) min = xi;
    if (xi > max) max = xi;
  }
  return { min, max };
}

/** Counts of samples in `bins` equal-width bins over [lo, hi) (the last bin includes hi): (n) -> counts (bins), plus samples outside. */
export function histogram(x: Vec, lo: number, hi: number, bins: number): { edges: number[]; counts: number[]; outside: number } {
  assertVec(x, 'histogram: x');
  assertSize(bins, 'histogram: bins');
  if (bins < 1) throw new RangeError('histogram: bins must be at least 1');
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) {
    throw new RangeError(`histogram: the range [${describeValue(lo)}, ${describeValue(hi)}] must be finite with hi > lo`);
  }
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width); // -> (bins + 1)
  const counts = new Array<number>(bins).fill(0);
  let outside = 0;
  for (const xi of x) {
    if (xi < lo || xi > hi) outside++;
    else counts[Math.min(bins - 1, Math.floor((xi - lo) / width))]++;
  }
  return { edges, counts, outside };
}

/** n dot products q·k of independent seeded random vectors with N(0, 1) entries of length d_k: -> (n); their std is ≈ √d_k. */
export function randomDots(seed: number, n: number, dk: number): number[] {
  assertSize(n, 'randomDots: n');
  assertSize(dk, 'randomDots: d_k');
  if (n === 0 || dk === 0) throw new RangeError(`randomDots: n = ${n} and d_k = ${dk} must both be at least 1`);
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => dotRaw(normals(rand, dk), normals(rand, dk))); // n × ((d_k) · (d_k)) -> (n)
}

/** The largest possible |q·k| when every entry lies in [−a, a]: d_k · a² (the article's "range" uses a = 1). */
export function dotBound(dk: number, a = 1): number {
  assertSize(dk, 'dotBound: d_k');
  assertVec([a], 'dotBound: a');
  return dk * a * a;
}

/**
 * Running dot products of n seeded random pairs q_i, k_i with N(0, 1) entries of length maxDk: shape (n, maxDk),
 * entry [i][j] = Σ_{m ≤ j} q_i[m]·k_i[m]; column d_k − 1 holds q·k for vectors cut to length d_k.
 */
export function dotPrefixes(seed: number, n: number, maxDk: number): Float64Array[] {
  assertSize(n, 'dotPrefixes: n');
  assertSize(maxDk, 'dotPrefixes: maxDk');
  if (n === 0 || maxDk === 0) throw new RangeError(`dotPrefixes: n = ${n} and maxDk = ${maxDk} must both be at least 1`);
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const q = normals(rand, maxDk);
    const k = normals(rand, maxDk);
    const out = new Float64Array(maxDk);
    let s = 0;
    for (let j = 0; j < maxDk; j++) out[j] = s += q[j] * k[j]; // (maxDk) running sum
    return out;
  });
}

/** Column d_k − 1 of dotPrefixes: the n dot products at length d_k, (n, maxDk) -> (n). */
export function dotsAt(prefixes: readonly Float64Array[], dk: number): number[] {
  if (prefixes.length === 0) throw new RangeError('dotsAt: no samples');
  if (!Number.isInteger(dk) || dk < 1 || dk > prefixes[0].length) {
    throw new RangeError(`dotsAt: d_k must be an integer in 1..${prefixes[0].length}, got ${describeValue(dk)}`);
  }
  return prefixes.map((p) => p[dk - 1]);
}
