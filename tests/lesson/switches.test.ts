import { describe, expect, it } from 'vitest';
import { costChapter } from '../../src/lesson/cost/chapter';
import { COST_DEFAULTS } from '../../src/lesson/cost/model';
import { crossChapter } from '../../src/lesson/cross/chapter';
import { DEC_TOKENS, DEFAULTS as CROSS } from '../../src/lesson/cross/model';
import { headsChapter } from '../../src/lesson/heads/chapter';
import { kvChoices } from '../../src/lesson/heads/edits';
import { HEAD_COUNTS, HEADS_DEFAULTS } from '../../src/lesson/heads/model';
import { openState, resolveStep } from '../../src/lesson/stepState';
import type { ChapterDef } from '../../src/lesson/types';

/** Issue 9 §4 for heads, cost and cross: steps open in the state their lesson needs, and their text follows the switches. */
const step = (c: ChapterDef, id: string) => {
  const s = c.steps.find((x) => x.id === id);
  if (!s) throw new Error(`${c.id}/${id} missing`);
  return s;
};

describe('text follows the switches', () => {
  it('heads/per-head says every head has its own W_K, W_V only when it does (MHA)', () => {
    for (const h of HEAD_COUNTS) {
      for (const { g } of kvChoices(h)) {
        const body = resolveStep(step(headsChapter, 'per-head'), { ...HEADS_DEFAULTS, h, kvHeads: g }).bodyKey;
        expect(body, `h = ${h}, K/V heads = ${g}`).toBe(g === h ? 'heads.perHead.body' : 'heads.perHead.bodyShared');
      }
    }
  });

  it('cost/memory describes the kernel that the plot draws', () => {
    const s = step(costChapter, 'memory');
    expect(resolveStep(s, COST_DEFAULTS).bodyKey).toBe('cost.memory.body');
    expect(resolveStep(s, { ...COST_DEFAULTS, kernel: 'fused' }).bodyKey).toBe('cost.memory.bodyFused');
  });
});

describe('steps open in the state that shows their lesson', () => {
  it('cross/row-counts opens after the last token, cross/decode-steps at the first', () => {
    expect(openState(step(crossChapter, 'row-counts'), CROSS).t).toBe(DEC_TOKENS.length);
    expect(openState(step(crossChapter, 'decode-steps'), { ...CROSS, t: 3 }).t).toBe(1);
  });

  it('cross/predict-rows is asked before any step has shown the caches', () => {
    const ids = crossChapter.steps.map((s) => s.id);
    expect(ids.indexOf('predict-rows')).toBeLessThan(ids.indexOf('decode-steps'));
    expect(ids.indexOf('predict-rows')).toBeLessThan(ids.indexOf('row-counts'));
  });
});
