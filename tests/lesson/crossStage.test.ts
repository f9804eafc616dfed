import { describe, expect, it } from 'vitest';
import { crossChapter } from '../../src/lesson/cross/chapter';
import { crossLinks, xq } from '../../src/lesson/cross/links';
import { DEC_TOKENS } from '../../src/lesson/cross/model';
import { crossPosition } from '../../src/lesson/cross/stage';
import { related } from '../../src/lesson/links';
import { stageProblems } from '../../src/lesson/stage/emphasis';

describe('cross stage data', () => {
  it('every step names parts of the cross stage; the prediction conceals both caches', () => {
    expect(crossChapter.stage?.id).toBe('cross');
    expect(stageProblems(crossChapter)).toEqual([]);
    const predict = crossChapter.steps.find((s) => s.id === 'predict-rows');
    expect(predict?.conceal).toEqual(['cross-cache', 'self-cache']);
  });

  it('shows the caches before decoding, nothing while the prediction is open, the decoding position otherwise', () => {
    expect(crossPosition('two-sources', 3, false, DEC_TOKENS.length)).toBe(0);
    expect(crossPosition('predict-rows', 1, false, DEC_TOKENS.length)).toBeNull();
    expect(crossPosition('predict-rows', 1, true, DEC_TOKENS.length)).toBe(4); // after the guess: the end of decoding
    expect(crossPosition('decode-steps', 2, false, DEC_TOKENS.length)).toBe(2);
    expect(crossPosition('row-counts', 4, false, DEC_TOKENS.length)).toBe(4);
  });
});

describe('cross links', () => {
  it('a cross weight comes from q and every source key (softmax divides by their sum) and feeds the cross output only', () => {
    const g = crossLinks(5, 3);
    const r = related(g, xq.cw(4));
    expect([...r.from].sort()).toEqual([xq.ck(0), xq.ck(1), xq.ck(2), xq.ck(3), xq.ck(4), xq.csum, xq.q].sort());
    expect([...r.to]).toEqual([xq.co]);
  });

  it('the two outputs share only the query: the self output never comes from the encoder', () => {
    const g = crossLinks(5, 3);
    const self = related(g, xq.so).from;
    const cross = related(g, xq.co).from;
    expect([...self].some((id) => id.startsWith('c'))).toBe(false);
    expect([...cross].some((id) => id.startsWith('s'))).toBe(false);
    expect(self.has(xq.q) && cross.has(xq.q)).toBe(true);
    expect(self.has(xq.sw(2))).toBe(true);
    expect(self.has(xq.sw(3))).toBe(false); // only 3 rows decoded
  });
});
