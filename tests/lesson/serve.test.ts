import { describe, expect, it } from 'vitest';
import { readField, writeField } from '../../src/state/fields';
import { batchRuns, frameAt, memoryRuns, prefixFigures, prefixRuns } from '../../src/lesson/serve/sims';
import { addRequest, cellMax, goToStep, intRule, minMaxLen, nextSeed, removeRequest, reseed, setRequestCell } from '../../src/lesson/serve/edits';
import { checkRule } from '../../src/state/numberRule';
import { deriveFit, fitBar, fitQuestion, type FitNumbers } from '../../src/lesson/serve/fit';
import { checkServe, rowsFromSeed, SERVE_DEFAULTS, type ServeState, serveModel } from '../../src/lesson/serve/model';
import { PAPER_FIG2, paperShares } from '../../src/lesson/serve/paper';
import { cowView, slotLabel } from '../../src/lesson/serve/cow';
import { niceTicks, stackRows } from '../../src/lesson/serve/stack';
import { speedBucket } from '../../src/lesson/serve/batchView';
import { ganttBars } from '../../src/lesson/serve/gantt';
import { mapRows } from '../../src/lesson/serve/memoryMap';
import { fitTex } from '../../src/lesson/serve/tex';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';
import { serveChapter } from '../../src/lesson/serve/chapter';
import { blockLinks, blockQ, reqQ } from '../../src/lesson/serve/links';
import { related } from '../../src/lesson/links';

const fitOf = (s: Partial<ServeState> = {}): FitNumbers => {
  const r = deriveFit({ ...SERVE_DEFAULTS, ...s });
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('part A: what fits', () => {
  it('Llama-3-8B bf16 on 80 GiB at 90 %: 57 sequences of 8,192 tokens; 58,411 tokens each for 8 sequences', () => {
    const n = fitOf();
    expect(n.params).toBe(8_030_261_248);
    expect(n.matchesPublished).toBe(true);
    expect(Number(n.weightBits) / 8).toBe(16_060_522_496);
    expect(Number(n.kvBitsPerToken) / 8).toBe(131_072);
    expect(n.maxBatch).toBe(57);
    expect(n.maxContext).toBe(58_411);
    expect(n.split.fits).toBe(true);
  });
  it('the predict question: 57 right; 14 (MHA), 65 (whole card), 72 (no weights) are computed mistakes', () => {
    const q = fitQuestion();
    expect(q.answer).toBe(57);
    expect(Object.fromEntries(q.options.map((o) => [o.id, o.batch]))).toEqual({ mha: 14, right: 57, whole: 65, 'no-weights': 72 });
  });
  it('DeepSeek-V3 does not fit one 140 GiB card even in int4: no room, and the number of cards the weights need', () => {
    const n = fitOf({ preset: 'deepseek-v3', wDtype: 'int4', gpu: '140' });
    expect(n.maxBatch).toBe(0);
    expect(n.gpusForWeights).toBe(Math.ceil((671_026_419_200 * 0.5) / Math.floor(140 * 1024 ** 3 * 0.9)));
    expect(fitBar(n).fits).toBe(false);
  });
  it('the bar shares one GiB axis: its segments add up to the card when everything fits', () => {
    const b = fitBar(fitOf());
    const total = b.row.segments.reduce((s, x) => s + x.value, 0);
    expect(total).toBeCloseTo(80, 9);
    expect(b.axisMax).toBe(80);
    expect(b.usable.value).toBeCloseTo(72, 9);
    expect(b.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80]);
  });
  it('an over-full card extends the axis and says by how much', () => {
    const b = fitBar(fitOf({ batch: 100, context: 8192 }));
    expect(b.fits).toBe(false);
    expect(b.axisMax).toBeGreaterThan(80);
    expect(b.over).toBeCloseTo(100 + 16_060_522_496 / 1024 ** 3 - 72, 9);
  });
  it('the formula carries the same numbers (strict TeX)', async () => {
    const katex = (await import('katex')).default;
    const tex = fitTex(SERVE_DEFAULTS, fitOf());
    expect(tex).toContain('77{,}309{,}411{,}328');
    // The answers and the terms they come from carry their quantity ids (linked highlighting with the card and the inputs).
    expect(tex).toContain('= \\htmlData{q=fit.Bmax}{57}');
    expect(tex).toContain('= \\htmlData{q=fit.Tmax}{58{,}411}');
    for (const q of ['fit.M', 'fit.W', 'fit.room', 'fit.c', 'fit.T', 'fit.B', 'fit.usable', 'fit.gpu', 'fit.params']) expect(tex).toContain(`q=${q}}`);
    expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow();
    const none = fitTex({ ...SERVE_DEFAULTS, preset: 'deepseek-v3' }, fitOf({ preset: 'deepseek-v3' }));
    expect(none).toContain('B_{\\max} = T_{\\max} = 0');
    expect(() => katex.renderToString(none, KATEX_STRICT_OPTIONS)).not.toThrow();
  });
});

describe('the chapter state', () => {
  it('defaults are consistent, seeded, and read back from the URL field table', () => {
    expect(checkServe(SERVE_DEFAULTS)).toBeNull();
    expect(SERVE_DEFAULTS.reqs).toEqual(rowsFromSeed(3, 16));
    const spec = serveModel.fields.reqs;
    expect(readField(spec, writeField(spec, SERVE_DEFAULTS.reqs))).toEqual(SERVE_DEFAULTS.reqs);
  });
  it('rejects a request longer than the maximum length, a row of the wrong shape, or no request at all', () => {
    expect(checkServe({ ...SERVE_DEFAULTS, reqs: [[0, 60, 10]] })).toBe('reqs');
    expect(checkServe({ ...SERVE_DEFAULTS, reqs: [[0, 5]] })).toBe('reqs');
    expect(checkServe({ ...SERVE_DEFAULTS, reqs: [] })).toBe('reqs');
    expect(checkServe({ ...SERVE_DEFAULTS, reqs: [[0, 0, 5]] })).toBe('reqs');
  });
  it('step ids are stable and part E has room after "continuous"', () => {
    expect(serveChapter.steps.map((s) => s.id)).toEqual(['weights', 'fit-guess', 'fit', 'contiguous', 'paged', 'waste', 'prefix', 'copy-on-write', 'static', 'continuous']);
  });
});

describe('edits', () => {
  it('a cell may not push prompt + output past the maximum length', () => {
    const s = { ...SERVE_DEFAULTS, reqs: [[0, 20, 30]], maxLen: 64 };
    expect(cellMax(s, 0, 'prompt')).toBe(34);
    expect(cellMax(s, 0, 'output')).toBe(44);
    expect(cellMax(s, 0, 'arrival')).toBe(200);
    expect(setRequestCell(s, 0, 'prompt', 34).reqs).toEqual([[0, 34, 30]]);
    expect(minMaxLen(s)).toBe(50);
  });
  it('adds and removes requests within 1…16; reseeds keep the count and fit the maximum length', () => {
    let s: ServeState = { ...SERVE_DEFAULTS, reqs: [[0, 4, 4]] };
    expect(removeRequest(s)).toBe(s);
    s = addRequest(s);
    expect(s.reqs).toEqual([[0, 4, 4], [0, 8, 8]]);
    const full = { ...SERVE_DEFAULTS };
    expect(addRequest(full)).toBe(full);
    const small = reseed({ ...SERVE_DEFAULTS, maxLen: 8 }, 11);
    expect(small.reqs).toHaveLength(16);
    expect(checkServe(small)).toBeNull();
    expect(nextSeed(99_999)).toBe(0);
    expect(nextSeed(3)).toBe(4);
  });
  it('input rules: whole numbers in range, and the sum rule above what the other cells allow', () => {
    const rule = intRule(1, 127, 45, { key: 'serve.error.sum', params: { maxLen: 64, max: 45 } });
    expect(checkRule(45, rule)).toBeNull();
    expect(checkRule(46, rule)).toEqual({ error: 'serve.error.sum', params: { maxLen: 64, max: 45 } });
    expect(checkRule(1.5, rule)?.error).toBe('cell.error.int');
    expect(checkRule(0, rule)?.error).toBe('cell.error.int');
    expect(checkRule(10_000_000, intRule(1, 10_000_000))).toBeNull();
  });
  it('the step counter stays within 0…last', () => {
    expect(goToStep(SERVE_DEFAULTS, -3, 50).t).toBe(0);
    expect(goToStep(SERVE_DEFAULTS, 99, 50).t).toBe(50);
  });
});

describe('parts B–D on the default requests', () => {
  it('paged memory runs more requests at once and finishes sooner than every contiguous policy; shares add up to 1', () => {
    const m = memoryRuns(SERVE_DEFAULTS);
    for (const p of ['max', 'pow2', 'oracle'] as const) {
      expect(m.paged.summary.meanRunning).toBeGreaterThan(m.contiguous[p].summary.meanRunning);
      expect(m.paged.summary.makespan ?? Infinity).toBeLessThan(m.contiguous[p].summary.makespan ?? 0);
    }
    expect(m.paged.summary.shares.used).toBeGreaterThan(m.contiguous.max.summary.shares.used);
    const sh = m.contiguous.max.summary.shares;
    expect(sh.used + sh.reserved + sh.wasted + sh.free).toBeCloseTo(1, 12);
    expect(frameAt(m.paged.trace, 9999).ended).toBe(true);
    expect(frameAt(m.paged.trace, 3).frame.step).toBe(3);
  });
  it('the prefix cache: every request after the first hits; fewer prompt tokens computed; blocks saved', () => {
    const p = prefixRuns(SERVE_DEFAULTS);
    const on = prefixFigures(p.on, 16);
    const off = prefixFigures(p.off, 16);
    expect(on.hitRate).toBe(15 / 16);
    expect(off.hitRate).toBe(0);
    expect(on.prefillTokens).toBeLessThan(off.prefillTokens);
    expect(on.saving).toBeGreaterThan(0);
    expect(off.saving).toBe(0);
  });
  it('copy on write at the lesson level: every copy starts with exactly the cached block\'s prefix tokens, which stay unchanged', () => {
    const p = prefixRuns(SERVE_DEFAULTS); // prefix 20, B 16: block 1 holds prefix tokens 16–19
    let seen = 0;
    for (const f of p.on.trace.frames) {
      const v = cowView(f, 20, 16);
      if (!v.cached) continue;
      expect(v.cached.tokens.map(slotLabel)).toEqual(['s16', 's17', 's18', 's19', ...new Array(12).fill('')]);
      for (const c of v.copies) {
        expect(c.view.tokens.slice(0, 4)).toEqual(v.cached.tokens.slice(0, 4));
        expect(c.view.refs).toBe(1);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(cowView(p.on.trace.frames[5], 32, 16).partial).toBe(false);
  });
  it('continuous batching finishes sooner than static on the same arrivals; the predict bucket follows the ratio', () => {
    const b = batchRuns(SERVE_DEFAULTS);
    expect(b.continuous.makespan).toBeLessThan(b.static.makespan);
    expect(speedBucket(b.static.makespan, b.continuous.makespan).bucket).toBe('half');
    expect(speedBucket(100, 95).bucket).toBe('same');
    expect(speedBucket(100, 30).bucket).toBe('less');
    expect(ganttBars(b.static)).toHaveLength(16);
  });
});

describe('pictures and sources', () => {
  it('the paper\'s Fig. 2 bars add up to 100 % (to its rounding)', () => {
    for (const p of PAPER_FIG2) {
      const { shares, rest } = paperShares(p.id);
      const sum = (shares.used ?? 0) + (shares.reserved ?? 0) + (shares.wasted ?? 0) + (shares.free ?? 0) + rest;
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(0.0011);
    }
  });
  it('stacked bars share one axis; ticks are round', () => {
    const [row] = stackRows([{ key: 'a', segments: [{ key: 'x', value: 20 }, { key: 'y', value: 60 }] }], 100);
    expect(row.segments.map((s) => [s.from, s.width])).toEqual([[0, 0.2], [0.2, 0.6]]);
    expect(niceTicks(140)).toEqual([0, 50, 100]);
    expect(() => stackRows([], 0)).toThrow(RangeError);
  });
  it('the memory map has 16 rows of 16 slots and marks where blocks start', () => {
    const m = memoryRuns({ ...SERVE_DEFAULTS, block: '4' });
    const rows = mapRows(m.paged.trace.frames[10].memory, 4);
    expect(rows).toHaveLength(16);
    expect(rows[0].blockStarts).toEqual([[0, 0], [1, 4], [2, 8], [3, 12]]);
  });
});

describe('batching pictures', () => {
  it('finished requests climb from 0 to all of them on the shared axis; slots in use never exceed the slots', async () => {
    const { finishedSeries, busySeries, sharedSteps } = await import('../../src/lesson/serve/batchView');
    const b = batchRuns(SERVE_DEFAULTS);
    const steps = sharedSteps(b.static, b.continuous);
    for (const tr of [b.static, b.continuous]) {
      const f = finishedSeries(tr, steps, 16);
      expect(f[0]).toEqual({ x: 0, y: 0, finished: 0 });
      expect(f[f.length - 1].y).toBe(1);
      for (let i = 1; i < f.length; i++) expect(f[i].finished).toBeGreaterThanOrEqual(f[i - 1].finished);
      for (const p of busySeries(tr, steps, 4)) expect(p.y).toBeLessThanOrEqual(1);
    }
    expect(finishedSeries(b.static, steps, 16).at(-1)?.x).toBe(1); // static is the longer run: it spans the axis
  });
});

describe('linked highlighting: which request maps which block', () => {
  it('links every block-table entry from its request, a shared prefix block from every request that maps it', () => {
    const mem = memoryRuns(SERVE_DEFAULTS);
    const paged = frameAt(mem.paged.trace, 10).frame.memory;
    const g = blockLinks(paged);
    // At step 10 R4's block table is 0→5, 1→6 (as the page shows).
    expect(paged.tables.find((x) => x.id === 4)?.table).toEqual([5, 6]);
    expect([...related(g, reqQ(4)).to].sort()).toEqual([blockQ(5), blockQ(6)]);
    expect([...related(g, blockQ(5)).from]).toEqual([reqQ(4)]);
    // With a shared prefix of 20 tokens and blocks of 16, the first prefix block is mapped by every running request.
    const pre = prefixRuns(SERVE_DEFAULTS);
    const f = frameAt(pre.on.trace, 10).frame.memory;
    const holders = f.tables.filter((x) => x.table.includes(0)).map((x) => reqQ(x.id));
    expect(holders.length).toBeGreaterThanOrEqual(2);
    expect([...related(blockLinks(f), blockQ(0)).from].sort()).toEqual([...holders].sort());
  });
});
