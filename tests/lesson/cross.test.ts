import { describe, expect, it } from 'vitest';
import { attend } from '../../src/core';
import { deriveCross } from '../../src/lesson/cross/derive';
import { goToStep, setCell } from '../../src/lesson/cross/edits';
import { crossModel, DEFAULTS } from '../../src/lesson/cross/model';

const numbers = (s = DEFAULTS) => {
  const r = deriveCross(s);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('cross: caches while decoding', () => {
  it('the cross cache keeps the encoder row count at every step while the self cache grows by one', () => {
    const n = numbers();
    expect(n.steps.map((s) => s.crossRows)).toEqual([4, 4, 4]);
    expect(n.steps.map((s) => s.selfRows)).toEqual([1, 2, 3]);
    expect(n.steps.map((s) => s.crossAdded)).toEqual([0, 0, 0]);
    expect(n.steps.map((s) => s.selfAdded)).toEqual([1, 1, 1]);
    // the very same cache object is read at every step: it is never rebuilt
    expect(n.steps.every((s) => s.crossCache === n.crossCache)).toBe(true);
  });

  it('step-by-step cross attention equals unmasked attention of all decoder queries over the encoder', () => {
    const n = numbers();
    const full = attend(DEFAULTS.Q, DEFAULTS.Kenc, DEFAULTS.Venc, { causal: false });
    n.steps.forEach((s, i) => {
      expect(s.crossTrace.weights[0]).toEqual(full.weights[i]);
      expect(s.crossTrace.output[0]).toEqual(full.output[i]);
    });
  });

  it('the cached self-attention equals full causal attention over the decoder tokens', () => {
    const n = numbers();
    const full = attend(DEFAULTS.Q, DEFAULTS.Kdec, DEFAULTS.Vdec, { causal: true });
    n.steps.forEach((s, i) => {
      s.selfTrace.weights[0].forEach((w, j) => {
        expect(w).toBeCloseTo(full.weights[i][j], 12);
      });
    });
    expect(n.selfMasked[0]).toEqual([false, true, true]);
  });

  it('predict options are distinct and exactly one equals the measured cross row count', () => {
    const n = numbers();
    const vals = Object.values(n.options);
    expect(new Set(vals).size).toBe(vals.length);
    expect(vals.filter((v) => v === n.steps[2].crossRows)).toHaveLength(1);
  });

  it('editing an encoder key changes the cross weights but not the self weights', () => {
    const a = numbers();
    const b = numbers(setCell(DEFAULTS, 'Kenc', 0, 0, 3));
    expect(b.steps[0].crossTrace.weights[0]).not.toEqual(a.steps[0].crossTrace.weights[0]);
    expect(b.steps[2].selfTrace.weights[0]).toEqual(a.steps[2].selfTrace.weights[0]);
  });

  it('clamps the decoding step and reports broken shapes', () => {
    expect(goToStep(DEFAULTS, 9).t).toBe(3);
    expect(goToStep(DEFAULTS, 0).t).toBe(1);
    const bad = { ...DEFAULTS, Q: [[1], [0, 2], [1, 2]] };
    expect(deriveCross(bad).ok).toBe(false);
    expect(crossModel.check(bad)).toBe('Q');
  });
});
