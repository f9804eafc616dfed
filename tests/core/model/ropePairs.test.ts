// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairAngle, pairDots, pairLength, pairsOf, rerotate, rope, rotatedPairs, rotatedScore, rotation2d, rotationsPerDecodeStep } from '../../../src/core/model';
import { testModel } from './load';

const base = 10_000;
const finite = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });
const headVec = (hd: number) => fc.array(finite, { minLength: hd, maxLength: hd });
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('RoPE pair by pair', () => {
  it('splits a head vector into adjacent pairs (2i, 2i + 1) and refuses an odd length', () => {
    expect(pairsOf([1, 2, 3, 4])).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ]);
    expect(() => pairsOf([1, 2, 3])).toThrow(/even length/);
  });

  it('turns pair i by position × θ_i with θ_i = base^(−2i/hd), keeping every length', () => {
    const x = [1, 0, 1, 0, 1, 0, 1, 0];
    const p = rotatedPairs(x, 3, base);
    [1, 0.1, 0.01, 0.001].forEach((theta, i) => {
      expect(pairAngle(p[i])).toBeCloseTo(3 * theta, 12);
      expect(pairLength(p[i])).toBeCloseTo(1, 12);
    });
  });

  it('pair shares sum to the dot product', () => {
    fc.assert(fc.property(headVec(8), headVec(8), (a, b) => Math.abs(pairDots(a, b).reduce((s, x) => s + x, 0) - dot(a, b)) <= 1e-9));
    expect(() => pairDots([1, 2], [1, 2, 3, 4])).toThrow(/2 entries but b has 4/);
  });

  it('rotation2d is the matrix rope applies to each pair', () => {
    const [[c, ms], [s, c2]] = rotation2d(0.7);
    expect([c, ms, s, c2]).toEqual([Math.cos(0.7), -Math.sin(0.7), Math.sin(0.7), Math.cos(0.7)]);
    const r = rope([2, 3], 0.7, base); // hd = 2: θ_0 = 1
    expect(r[0]).toBeCloseTo(c * 2 + ms * 3, 14);
    expect(r[1]).toBeCloseTo(s * 2 + c2 * 3, 14);
    expect(() => rotation2d(Number.NaN)).toThrow(/finite/);
  });
});

describe('q·k after RoPE depends on the relative position only', () => {
  it('property: moving both positions by the same shift leaves the score (and every pair share) unchanged', () => {
    fc.assert(
      fc.property(headVec(8), headVec(8), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: -4000, max: 4000 }), (q, k, m, n, s) => {
        const a = rotatedScore(q, m, k, n, base);
        const b = rotatedScore(q, m + s, k, n + s, base);
        const tol = 1e-9 * (1 + dot(q.map(Math.abs), k.map(Math.abs)));
        expect(Math.abs(a.score - b.score)).toBeLessThanOrEqual(tol);
        a.pairs.forEach((x, i) => {
          expect(Math.abs(x - b.pairs[i])).toBeLessThanOrEqual(tol);
        });
      }),
    );
  });

  it('a different distance gives a different score (the invariance is not a constant)', () => {
    const q = [1, 0.5, -0.3, 2, 0.7, -1, 0.2, 0.4];
    const k = [0.3, -1, 1.5, 0.2, -0.6, 0.8, 1, -0.2];
    expect(Math.abs(rotatedScore(q, 5, k, 2, base).score - rotatedScore(q, 6, k, 2, base).score)).toBeGreaterThan(1e-3);
  });
});

describe('re-rotating a cached key', () => {
  it('property: R(to − from)·(R(from)·k) equals R(to)·k, the key computed at the new position, to 1e-9', () => {
    fc.assert(
      fc.property(headVec(8), fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 63 }), (k, from, to) => {
        const moved = rerotate(rope(k, from, base), from, to, base);
        const computed = rope(k, to, base);
        moved.forEach((x, j) => {
          expect(Math.abs(x - computed[j])).toBeLessThanOrEqual(1e-9);
        });
      }),
    );
  });
});

describe('rotations per decode step', () => {
  it('counts the new queries and keys with keys cached after RoPE, every cached key again with raw keys', () => {
    const { nLayers, nHeads, nKvHeads } = testModel().config; // 3 layers, 4 query heads, 2 K/V heads
    expect(rotationsPerDecodeStep(4, nLayers, nHeads, nKvHeads, 'rotated')).toBe(nLayers * (nHeads + nKvHeads));
    expect(rotationsPerDecodeStep(4, nLayers, nHeads, nKvHeads, 'raw')).toBe(nLayers * (nHeads + nKvHeads * 5));
    expect(rotationsPerDecodeStep(10, 3, 4, 2, 'raw') - rotationsPerDecodeStep(9, 3, 4, 2, 'raw')).toBe(6); // grows with T
    expect(() => rotationsPerDecodeStep(-1, 3, 4, 2, 'raw')).toThrow(/T must be a non-negative integer/);
  });
});
