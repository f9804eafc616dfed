import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisFraction, barSpan, sharedAxis, WEIGHT_AXIS, zeroFraction } from '../../src/lesson/bars';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('bar geometry: compared bars share one axis', () => {
  it('a bar’s length is proportional to |value| on the shared axis, for every set compared', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 6 }), fc.array(finite, { minLength: 1, maxLength: 6 }), (a, b) => {
        const axis = sharedAxis(a, b);
        // |v| / range, not |v| · (1 / range): for a subnormal range (values like 5e−324) 1 / range overflows to ∞.
        for (const v of [...a, ...b]) expect(barSpan(v, axis).width).toBeCloseTo(Math.abs(v) / (axis.max - axis.min), 9);
      }),
    );
  });
  it('a subnormal value still gets its bar, and zero none (the counterexample fast-check found: [0], [−5e−324])', () => {
    const axis = sharedAxis([0], [-5e-324]);
    expect(barSpan(0, axis).width).toBe(0);
    expect(barSpan(-5e-324, axis).width).toBe(1);
  });
  it('signed values grow from a zero line inside the axis: negatives to its left, positives to its right', () => {
    const axis = sharedAxis([-3, 1, 2]);
    expect(axis).toEqual({ min: -3, max: 2 });
    const zero = zeroFraction(axis);
    expect(zero).toBeCloseTo(0.6, 12);
    const neg = barSpan(-3, axis);
    expect(neg.negative).toBe(true);
    expect(neg.left + neg.width).toBeCloseTo(zero, 12);
    expect(neg.left).toBe(0);
    const pos = barSpan(2, axis);
    expect(pos.left).toBeCloseTo(zero, 12);
    expect(pos.left + pos.width).toBeCloseTo(1, 12);
  });
  it('issue 9: q = [−1, 2, −2] draws −3 as the longest bar to the LEFT of zero, not to the right', () => {
    const scores = [-3, 0, 1]; // q·k for k_The = [1,0,1], k_cat = [0,1,1], k_sat = [1,1,0]
    const axis = sharedAxis(scores);
    const spans = scores.map((s) => barSpan(s, axis));
    expect(spans[0].negative).toBe(true);
    expect(spans[0].width).toBeGreaterThan(spans[2].width);
    expect(spans[0].left + spans[0].width).toBeCloseTo(zeroFraction(axis), 12);
  });
  it('scaled scores are drawn on the unscaled scores’ axis, so scaling visibly shortens them', () => {
    const raw = [3, 3, 2];
    const scaled = raw.map((s) => s / Math.sqrt(3));
    const axis = sharedAxis(raw, scaled);
    expect(axis).toEqual(sharedAxis(raw)); // same axis as the scores step
    expect(barSpan(scaled[0], axis).width).toBeLessThan(barSpan(raw[0], axis).width);
  });
  it('weights use the fixed 0 … 1 axis: 0.398 is drawn shorter than 0.998 (no inversion)', () => {
    expect(WEIGHT_AXIS).toEqual({ min: 0, max: 1 });
    expect(barSpan(0.398, WEIGHT_AXIS).width).toBeCloseTo(0.398, 12);
    expect(barSpan(0.998, WEIGHT_AXIS).width).toBeGreaterThan(barSpan(0.398, WEIGHT_AXIS).width);
    expect(zeroFraction(WEIGHT_AXIS)).toBe(0);
  });
  it('an all-zero set still has a usable axis, and values off the axis are clamped', () => {
    expect(sharedAxis([0, 0])).toEqual({ min: 0, max: 1 });
    expect(axisFraction(5, WEIGHT_AXIS)).toBe(1);
    expect(axisFraction(-Infinity, sharedAxis([-1, 1]))).toBe(0);
  });
});
