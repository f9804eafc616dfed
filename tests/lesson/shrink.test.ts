// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { h2oRecent, sinksKeep, windowKeep } from '../../src/core/model';
import { RUNNING_TOKENS } from '../../src/lesson/runningExample';
import { shrinkChapter } from '../../src/lesson/shrink/chapter';
import { budgetPlots, evictionView, h2oScores, kiviFacts, quantView, sinksFacts, textView } from '../../src/lesson/shrink/derive';
import { checkShrink, CONTEXT, DEFAULT_BUDGET, DEFAULT_PROMPT, DEFAULT_PROMPT_ZH, fromLang, inLang, SHRINK_DEFAULTS, type ShrinkState, shrinkModel } from '../../src/lesson/shrink/model';
import { linePlot, projectorTicks, xFraction } from '../../src/lesson/shrink/plot';
import { budgetSweep, shrinkText, sweepBudgets } from '../../src/lesson/shrink/run';
import { stageProblems } from '../../src/lesson/stage/emphasis';
import { openState } from '../../src/lesson/stepState';
import { testModel } from '../core/model/load';

const model = testModel();
const S = (over: Partial<ShrinkState> = {}): ShrinkState => ({ ...SHRINK_DEFAULTS, ...over });

describe('chapter shrink: inputs', () => {
  it('the model facts the page states before the weights load match the weights file', () => {
    expect(CONTEXT).toBe(model.config.maxSeqLen);
    expect([model.config.nLayers, model.config.nKvHeads, model.config.headDim]).toEqual([3, 2, 8]); // the text step's narrative says so
  });

  it('the default budget is Mistral 7B’s window share of its context (4,096 of 32,768) applied to 64 tokens', () => {
    expect(DEFAULT_BUDGET).toBe(8);
  });

  it('the default prompt starts with the running example, lower-cased as the tokenizer reads it', () => {
    expect(DEFAULT_PROMPT.words.split(' ').slice(0, 4)).toEqual(RUNNING_TOKENS.map((w) => w.toLowerCase()));
  });

  it('the prompt and the generated tokens must fit the context', () => {
    expect(checkShrink(S())).toBeNull();
    expect(checkShrink(S({ gen: CONTEXT - 19 }))).toBe('gen'); // 20 prompt words
    expect(checkShrink(S({ gen: CONTEXT - 20 }))).toBeNull();
    expect(shrinkModel.check(shrinkModel.defaults)).toBeNull();
  });

  it('each language has its own prompt: a Chinese page reads and edits only the Chinese one', () => {
    expect(inLang(S(), 'en').words).toBe(DEFAULT_PROMPT.words);
    expect(inLang(S(), 'zh').words).toBe(DEFAULT_PROMPT_ZH.words);
    expect(DEFAULT_PROMPT_ZH.words).not.toMatch(/[A-Za-z]/);
    const prev = S();
    const zh = fromLang(prev, { ...inLang(prev, 'zh'), text: '狗睡在床上。', words: '狗 睡 在 床 上 。', budget: 4 }, 'zh');
    expect([zh.textZh, zh.wordsZh, zh.text, zh.words, zh.budget]).toEqual(['狗睡在床上。', '狗 睡 在 床 上 。', prev.text, prev.words, 4]);
    const en = fromLang(zh, { ...inLang(zh, 'en'), text: 'the dog slept.', words: 'the dog slept .' }, 'en');
    expect([en.text, en.textZh]).toEqual(['the dog slept.', '狗睡在床上。']);
    // The Chinese prompt must fit with the generated tokens too.
    expect(checkShrink(S({ wordsZh: Array(60).fill('猫').join(' ') }))).toBe('gen');
  });

  it('each eviction step opens with its own policy; the stage names only its own parts', () => {
    const steps = Object.fromEntries(shrinkChapter.steps.map((s) => [s.id, s]));
    expect(openState(steps.window, S({ policy: 'h2o' })).policy).toBe('window');
    expect(openState(steps.sinks, S()).policy).toBe('sinks');
    expect(openState(steps.h2o, S()).policy).toBe('h2o');
    expect(stageProblems(shrinkChapter)).toEqual([]);
  });
});

// Each measurement runs the real model over the whole text, many times for a sweep: generous time on a busy machine.
describe('chapter shrink: the text and the eviction steps', { timeout: 120_000 }, () => {
  const text = shrinkText(model, S());

  it('the text is the prompt followed by the model’s own answer, which copies the colour from the scene', () => {
    expect(text.promptLength).toBe(20);
    expect(text.ids).toHaveLength(28);
    const answer = text.ids.slice(20).map((id) => model.vocab[id]);
    expect(answer).toContain('red');
  });

  it('a budget ≥ the text’s length is the full cache: every KL is 0 and every top word agrees, for every policy', () => {
    for (const policy of ['window', 'sinks', 'h2o'] as const) {
      const v = evictionView(model, S({ policy, budget: CONTEXT }));
      expect(v.comparison.meanKl).toBe(0);
      expect(v.comparison.agree).toBe(v.T);
      expect(v.tokens.every((tk) => tk.kept?.every(Boolean) ?? true)).toBe(true);
    }
    expect(textView(model, S()).comparison.meanKl).toBe(0);
  });

  it('the dots at the selected position are the rows each policy keeps (window, sinks) and the same for every head', () => {
    const at = 20;
    const w = evictionView(model, S({ policy: 'window', at }));
    const kept = w.tokens.filter((tk) => tk.kept?.[0]).map((tk) => tk.t);
    expect(kept).toEqual([...windowKeep(at, DEFAULT_BUDGET), at]);
    expect(w.tokens.every((tk) => tk.kept === null || tk.kept.every((k) => k === tk.kept?.[0]))).toBe(true);
    expect(w.tokens.filter((tk) => tk.t > at).every((tk) => tk.kept === null)).toBe(true);
    const s = evictionView(model, S({ policy: 'sinks', at, sinks: 2 }));
    expect(s.tokens.filter((tk) => tk.kept?.[0]).map((tk) => tk.t)).toEqual([...sinksKeep(at, DEFAULT_BUDGET, 2), at]);
  });

  it('the three policies’ strips share one KL axis, at least as high as every bar', () => {
    const views = (['window', 'sinks', 'h2o'] as const).map((policy) => evictionView(model, S({ policy })));
    expect(new Set(views.map((v) => v.klMax)).size).toBe(1);
    for (const v of views) for (const tk of v.tokens) expect(tk.kl).toBeLessThanOrEqual(v.klMax);
  });

  it('the selected position is clamped to the text; the summary counts agreeing positions', () => {
    const v = evictionView(model, S({ at: 63 }));
    expect(v.at).toBe(27);
    expect(v.comparison.agree).toBe(v.tokens.filter((tk) => tk.agree).length);
  });

  it('sinks: the answer follows the two mean KLs (10 % either way counts as the same)', () => {
    for (const budget of [4, 8, 12]) {
      const f = sinksFacts(model, S({ budget }));
      const expected = f.sinksKl < 0.9 * f.windowKl ? 'lower' : f.sinksKl > 1.1 * f.windowKl ? 'higher' : 'same';
      expect(f.answer).toBe(expected);
      expect(f.share?.observed).toBeGreaterThan(0);
      const { observed, uniform } = f.share ?? { observed: 0, uniform: 1 };
      expect(f.verdict).toBe(observed >= 2 * uniform ? 'sink' : observed > 1.1 * uniform ? 'mild' : 'none');
    }
    // Our small model has no attention sink on the default text: the first 4 tokens get less than an even share.
    expect(sinksFacts(model, S()).verdict).toBe('none');
  });

  it('H2O: heavy hitters are the older kept rows, recent ones are the last ⌈B/2⌉ positions', () => {
    const heads = h2oScores(model, S({ policy: 'h2o' }));
    expect(heads).toHaveLength(6);
    for (const h of heads) {
      expect(h.rows).toHaveLength(DEFAULT_BUDGET);
      expect(h.rows.filter((r) => !r.heavy).map((r) => r.t)).toEqual([24, 25, 26, 27].slice(4 - h2oRecent(DEFAULT_BUDGET)));
      for (const r of h.rows) expect(r.score).toBeGreaterThan(0);
    }
  });

  it('the budget sweep ends at the text’s length, where every policy is the full cache', () => {
    expect(sweepBudgets(28)).toEqual([1, 2, 3, 4, 6, 8, 12, 16, 20, 24, 28]);
    const sweep = budgetSweep(model, text.ids, S());
    for (const line of Object.values(sweep)) {
      expect(line.at(-1)).toEqual({ x: 28, meanKl: 0, agreeShare: 1 });
    }
    const plots = budgetPlots(model, S({ budget: 40 }));
    expect(plots.mark).toBe(28);
    expect(plots.agree.yMax).toBe(1);
  });
});

describe('chapter shrink: quantization', { timeout: 120_000 }, () => {
  it('bytes: int2 with KIVI’s layout and blocks of 8 on the 28-token text', () => {
    const q = quantView(model, S());
    // per layer and K/V head: keys 24 rows coded + 3 blocks × 8 channels × 32 bits + 4 rows × 8 × 16; values 28 rows coded + 28 × 32
    const k = 24 * 8 * 2 + 3 * 8 * 32 + 4 * 8 * 16;
    const v = 28 * 8 * 2 + 28 * 32;
    expect(q.bits.quantized).toBe(6 * (k + v));
    expect(q.bytes.fp16).toBe(5376);
    expect(q.bytes.share).toBeCloseTo(q.bytes.quantized / 5376, 12);
    expect(q.maxAbs).toBeLessThanOrEqual(q.bound + 1e-12);
  });

  it('per channel with a block longer than the text stores nothing in fewer bits: no error, no shift', () => {
    const q = quantView(model, S({ kAxis: 'channel', vAxis: 'channel', block: CONTEXT }));
    expect(q.maxAbs).toBe(0);
    expect(q.strip.comparison.meanKl).toBe(0);
    expect(q.example).toBeNull();
    expect(q.strip.tokens.every((tk) => tk.quantized === false)).toBe(true);
  });

  it('the worked group is the selected token’s value row when values are per token, read back within s/2', () => {
    const q = quantView(model, S({ at: 5 }));
    const ex = q.example;
    expect(ex?.axis).toBe('token');
    if (!ex) return;
    ex.values.forEach((x, i) => {
      expect(Math.abs(x - ex.restored[i])).toBeLessThanOrEqual(ex.scale / 2 + 1e-12);
    });
    expect(Math.min(...ex.values)).toBe(ex.zero);
  });

  it('the KIVI question’s answer is the scheme with the lowest mean KL at 2 bits, and fewer bits never cost less than int8 does', () => {
    const f = kiviFacts(model, S());
    const at2 = (id: 'kivi' | 'token' | 'channel') => f.sweep[id][2].meanKl;
    expect(at2(f.best2)).toBe(Math.min(at2('kivi'), at2('token'), at2('channel')));
    for (const id of ['kivi', 'token', 'channel'] as const) {
      expect(f.sweep[id].map((p) => p.x)).toEqual([8, 4, 2]);
      expect(f.bitsPerNumber[id][0]).toBeGreaterThan(f.bitsPerNumber[id][2]);
    }
    expect(f.bitsPerNumber.token).toEqual([12, 8, 6]); // b + 2 × 16 / 8 per token
  });
});

describe('projector ticks (a slide has room for few, large ticks)', () => {
  const pts = (xs: number[]) => xs.map((x) => ({ x, meanKl: 4 / x, agreeShare: 1 - 1 / x }));
  const plot = linePlot({ a: pts([1, 2, 4, 8, 12, 16, 20, 24, 28]) }, 'meanKl', [1, 8, 16, 24, 28]);
  it('keeps 0, the top and the middle of the y ticks, and the marked budget with the ends far enough from it', () => {
    const { xTicks, yTicks } = projectorTicks(plot, 8);
    expect(yTicks.map((t) => t.y)).toEqual([0, 2, 4]);
    expect(xTicks.map((t) => t.x)).toEqual([1, 8, 28]);
  });
  it('drops an end that would collide with the mark, and keeps the mark where the line is', () => {
    expect(projectorTicks(plot, 2).xTicks.map((t) => t.x)).toEqual([2, 28]);
    expect(projectorTicks(plot, 28).xTicks.map((t) => t.x)).toEqual([1, 28]);
    expect(projectorTicks(plot, 2).xTicks[0].f).toBeCloseTo(xFraction(plot, 2), 12);
  });
  it('without a mark keeps both ends and inner ticks away from them; a flat plot keeps only 0 and the top', () => {
    const bits = linePlot({ a: pts([2, 4, 8]) }, 'meanKl', [2, 4, 8]);
    expect(projectorTicks(bits).xTicks.map((t) => t.x)).toEqual([2, 4, 8]);
    expect(projectorTicks(plot, undefined, 0.14, false).yTicks.map((t) => t.y)).toEqual([0, 4]);
  });
});
