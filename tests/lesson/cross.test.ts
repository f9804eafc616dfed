import { describe, expect, it } from 'vitest';
import { attend } from '../../src/core';
import { deriveCross } from '../../src/lesson/cross/derive';
import { goToStep, setCell } from '../../src/lesson/cross/edits';
import { crossModel, DEC_TOKENS, DEFAULTS, ENC_TOKENS } from '../../src/lesson/cross/model';
import { RUNNING_K, RUNNING_Q, RUNNING_TOKENS, RUNNING_V } from '../../src/lesson/runningExample';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';

const numbers = (s = DEFAULTS) => {
  const r = deriveCross(s);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('cross: the running example, translated', () => {
  it('the decoder is "The cat sat on" with the running example\'s q, k, v', () => {
    expect([...DEC_TOKENS]).toEqual([...RUNNING_TOKENS]);
    expect(DEFAULTS.Q).toEqual(RUNNING_Q);
    expect(DEFAULTS.Kdec).toEqual(RUNNING_K);
    expect(DEFAULTS.Vdec).toEqual(RUNNING_V);
    expect(ENC_TOKENS.join('')).toBe('猫坐在垫子上');
  });

  it('each decoded word attends most to the source word it translates (cat → 猫, sat → 坐, on → 上)', () => {
    const n = numbers();
    const top = (i: number) => ENC_TOKENS[n.steps[i].crossTrace.weights[0].indexOf(Math.max(...n.steps[i].crossTrace.weights[0]))];
    expect([top(1), top(2), top(3)]).toEqual(['猫', '坐', '上']);
  });
});

describe('cross: caches while decoding', () => {
  it('the cross cache keeps the encoder row count at every step while the self cache grows by one', () => {
    const n = numbers();
    expect(n.steps.map((s) => s.crossRows)).toEqual([5, 5, 5, 5]);
    expect(n.steps.map((s) => s.selfRows)).toEqual([1, 2, 3, 4]);
    expect(n.steps.map((s) => s.crossAdded)).toEqual([0, 0, 0, 0]);
    expect(n.steps.map((s) => s.selfAdded)).toEqual([1, 1, 1, 1]);
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
    expect(n.selfMasked[0]).toEqual([false, true, true, true]);
  });

  it('predict options are distinct and exactly one equals the measured cross row count', () => {
    const n = numbers();
    const vals = Object.values(n.options);
    expect(new Set(vals).size).toBe(vals.length);
    expect(vals.filter((v) => v === n.steps[3].crossRows)).toHaveLength(1);
  });

  it('editing an encoder key changes the cross weights but not the self weights', () => {
    const a = numbers();
    const b = numbers(setCell(DEFAULTS, 'Kenc', 0, 0, 3));
    expect(b.steps[0].crossTrace.weights[0]).not.toEqual(a.steps[0].crossTrace.weights[0]);
    expect(b.steps[3].selfTrace.weights[0]).toEqual(a.steps[3].selfTrace.weights[0]);
  });

  it('clamps the decoding step and reports broken shapes', () => {
    expect(goToStep(DEFAULTS, 9).t).toBe(4);
    expect(goToStep(DEFAULTS, 0).t).toBe(1);
    const bad = { ...DEFAULTS, Q: [[1], [0, 2], [1, 2]] };
    expect(deriveCross(bad).ok).toBe(false);
    expect(crossModel.check(bad)).toBe('Q');
  });
});

describe('cross TeX', () => {
  it('both formulas render under strict KaTeX, with the words in the reader\'s language', async () => {
    const katex = (await import('katex')).default;
    const { rowsTex, stepDefsTex, stepTex } = await import('../../src/lesson/cross/tex');
    const n = numbers();
    const labels = { cross: '交叉', self: '自注意力', rows: '行', row: '行' };
    for (const tex of [stepTex(n, 2, 'cat', labels), stepDefsTex('cat', labels), rowsTex(n, labels)]) {
      expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow();
      expect(tex).not.toMatch(/\\text\{(enc|dec|rows|cross|self)\}/);
    }
    // The row counts are those after the last token, whatever step the stepper shows.
    expect(rowsTex(n, labels)).toContain('= 5\\ \\text{行}');
    expect(rowsTex(n, labels)).toContain('= 4\\ \\text{行}');
  });

  it('the slide\'s decoding formula defines both outputs for the current token, each with its weights braced', async () => {
    const { stepDefsTex } = await import('../../src/lesson/cross/tex');
    const tex = stepDefsTex('cat', { cross: 'cross', self: 'self', rows: 'rows', row: 'row' });
    for (const label of ['cross', 'self']) {
      expect(tex).toContain(`\\underbrace{\\operatorname{softmax}\\bigl(q_{\\text{cat}} {K_{\\text{${label}}}}^{\\top}`);
      expect(tex).toContain(`}_{\\textstyle w_{\\text{${label}}}}\\, V_{\\text{${label}}}`);
    }
    // No number: the stage beside it prints every weight and output.
    expect(tex.replace("[-0.15em]", "")).not.toMatch(/\d\.\d/);
  });
});
