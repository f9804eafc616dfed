import type { Vec } from '../types';
import { rope } from './rope';

/**
 * RoPE seen pair by pair (RoFormer, Su et al. 2021, §3.2–3.4): a head vector of hd numbers is hd/2 points
 * in a plane, pair i = (x[2i], x[2i+1]) (adjacent pairs, as in Meta's Llama; Hugging Face's rotate_half pairs
 * i with i + hd/2 instead, which is the same rotation after permuting the rows of W_q and W_k).
 */

/** One 2-D pair of a head vector: its two coordinates. */
export interface Pair {
  x: number;
  y: number;
}

/** The pairs of x, (hd) -> (hd/2) of {x: x[2i], y: x[2i+1]}. Throws on an odd length. */
export function pairsOf(x: Vec): Pair[] {
  if (x.length % 2 !== 0) throw new RangeError(`pairsOf: x has ${x.length} entries; pairs need an even length`);
  return Array.from({ length: x.length / 2 }, (_, i) => ({ x: x[2 * i], y: x[2 * i + 1] })); // (hd/2)
}

/** The pairs of x after RoPE at `position`: (hd) -> (hd/2). Pair i is pair i of x turned by position · θ_i. */
export function rotatedPairs(x: Vec, position: number, base: number): Pair[] {
  return pairsOf(rope(x, position, base)); // (hd/2)
}

/**
 * Each pair's share of the dot product a·b: a_{2i}·b_{2i} + a_{2i+1}·b_{2i+1}, (hd) × (hd) -> (hd/2).
 * They sum to a·b. Throws on different or odd lengths.
 */
export function pairDots(a: Vec, b: Vec): number[] {
  if (a.length !== b.length) throw new RangeError(`pairDots: a has ${a.length} entries but b has ${b.length}`);
  return pairsOf(a).map((p, i) => p.x * b[2 * i] + p.y * b[2 * i + 1]); // (hd/2)
}

/**
 * The score of q at position m against k at position n after RoPE, (R(m)·q)·(R(n)·k), with each pair's share:
 * (hd) × (hd) -> { score, pairs (hd/2) }. Depends on m − n only (rotations compose: R(m)ᵀR(n) = R(n − m)).
 */
export function rotatedScore(q: Vec, m: number, k: Vec, n: number, base: number): { score: number; pairs: number[] } {
  const pairs = pairDots(rope(q, m, base), rope(k, n, base)); // (hd/2)
  return { score: pairs.reduce((s, x) => s + x, 0), pairs };
}

/** Angle of a pair in radians, atan2(y, x) in (−π, π]; 0 for the zero pair. */
export function pairAngle(p: Pair): number {
  return Math.atan2(p.y, p.x);
}

/** Length of a pair, √(x² + y²); RoPE never changes it. */
export function pairLength(p: Pair): number {
  return Math.hypot(p.x, p.y);
}

/**
 * Head vectors RoPE turns in one decode step over a cache of T tokens, summed over layers: with keys cached
 * after rotation (as Hugging Face's Llama does) only the new token's H queries and KV keys per layer; with raw
 * keys cached, every cached key again as well. -> count of hd-vectors rotated.
 */
export function rotationsPerDecodeStep(T: number, nLayers: number, nHeads: number, nKvHeads: number, cached: 'rotated' | 'raw'): number {
  for (const [name, v] of [['T', T], ['nLayers', nLayers], ['nHeads', nHeads], ['nKvHeads', nKvHeads]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`rotationsPerDecodeStep: ${name} must be a non-negative integer, got ${v}`);
  }
  const keys = cached === 'rotated' ? nKvHeads : nKvHeads * (T + 1); // the new key, or every key again
  return nLayers * (nHeads + keys);
}

/** The 2-D rotation by `angle` radians, [[cos, −sin], [sin, cos]]: what RoPE applies to every pair. -> (2, 2). */
export function rotation2d(angle: number): [[number, number], [number, number]] {
  if (!Number.isFinite(angle)) throw new RangeError(`rotation2d: angle must be a finite number, got ${angle}`);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [
    [c, -s],
    [s, c],
  ];
}
