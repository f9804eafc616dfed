import { describe, expect, it } from 'vitest';
import { related } from '../../src/lesson/links';
import { generateChapter } from '../../src/lesson/generate/chapter';
import { deriveGenerate } from '../../src/lesson/generate/derive';
import { generateLinks, gq } from '../../src/lesson/generate/links';
import { DEFAULTS, PROMPT, TOKENS } from '../../src/lesson/generate/model';
import { generateFrame } from '../../src/lesson/generate/stage';
import { stageProblems } from '../../src/lesson/stage/emphasis';

const numbers = () => {
  const r = deriveGenerate(DEFAULTS);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('generate stage data', () => {
  it('every step names parts of the generation stage', () => {
    expect(generateChapter.stage?.id).toBe('generate');
    expect(stageProblems(generateChapter)).toEqual([]);
  });

  it('grows the cache by one row per position, and only the new row is computed', () => {
    const n = numbers();
    const frames = [0, 1, 2, 3].map((p) => generateFrame(n, p));
    expect(frames.map((f) => f.T)).toEqual([3, 4, 5, 6]);
    expect(frames.map((f) => f.keys.length)).toEqual([3, 4, 5, 6]);
    expect(frames.map((f) => f.token)).toEqual(['sat', 'on', 'the', 'mat']);
    expect(frames[0].fresh).toEqual([0, 1, 2]); // prefill computes the whole prompt
    expect(frames.slice(1).map((f) => f.fresh)).toEqual([[3], [4], [5]]);
    // A row once cached never changes: the cache only grows.
    for (let p = 1; p < frames.length; p++) expect(frames[p].keys.slice(0, frames[p - 1].T)).toEqual(frames[p - 1].keys);
    // The newest token's weights cover every row and sum to 1; its output is the decoder's.
    for (const f of frames) {
      expect(f.weights).toHaveLength(f.T);
      expect(f.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(frames[1].output).toEqual(n.outCached[0]);
    expect(frames[3].output).toEqual(n.outCached[2]);
  });

  it('after prefill shows the last prompt token, the same row as the prefill matrix', () => {
    const n = numbers();
    const f = generateFrame(n, 0);
    expect(f.weights).toEqual(n.run.prefill.trace.weights[PROMPT.length - 1]);
    expect(f.count).toEqual(n.prefillCount);
  });

  it('ticks the counters with the step: the cache reads T rows, the uncached path recomputes all of them', () => {
    const n = numbers();
    const counts = [1, 2, 3].map((p) => generateFrame(n, p).count);
    expect(counts.map((c) => c.cachedMacs)).toEqual([60, 66, 72]);
    expect(counts.map((c) => c.uncachedMacs)).toEqual([204, 270, 342]);
    expect(counts.map((c) => c.cachedBytes)).toEqual([96, 120, 144]); // T · (d_k + d_v) · 4 B
    expect(counts.every((c) => c.uncachedKeptBytes === 0)).toBe(true);
  });

  it('rejects a position outside the generation', () => {
    const n = numbers();
    expect(() => generateFrame(n, 4)).toThrow(/position 4 is outside 0..3/);
    expect(() => generateFrame(n, -1)).toThrow(RangeError);
    expect(() => generateFrame(n, 1.5)).toThrow(RangeError);
  });
});

describe('generate links', () => {
  it('a weight comes from q and every key of the row (softmax divides by their sum), their embeddings, and goes to the output only', () => {
    const g = generateLinks(5);
    const r = related(g, gq.weight(2));
    const rows = [0, 1, 2, 3, 4];
    expect([...r.from].sort()).toEqual([...rows.map(gq.k), ...rows.map(gq.x), gq.q, gq.sum].sort());
    expect(r.from.has(gq.v(2))).toBe(false);
    expect([...r.to]).toEqual([gq.output]);
  });

  it('a value feeds only the output; the output comes from every row', () => {
    const T = TOKENS.length;
    const g = generateLinks(T);
    expect([...related(g, gq.v(1)).to]).toEqual([gq.output]);
    const from = related(g, gq.output).from;
    for (let i = 0; i < T; i++) for (const id of [gq.k(i), gq.v(i), gq.weight(i), gq.x(i)]) expect(from.has(id)).toBe(true);
    expect(from.has(gq.weight(T))).toBe(false);
  });
});
