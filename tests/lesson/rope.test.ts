// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveBug, POSITION_RULES } from '../../src/lesson/rope/bug';
import { AHEAD, deriveCache } from '../../src/lesson/rope/cache';
import { ropeContext } from '../../src/lesson/rope/context';
import { type SlideLine, slideRows } from '../../src/lesson/rope/slideRows';
import { deriveStep } from '../../src/lesson/rope/derive';
import { arrowShape, DIAL_R, DIAL_SIZE, spreadTags, TAG_FONT, tip, turnArc } from '../../src/lesson/rope/dial';
import { DEFAULT_SENTENCE, DEFAULTS, OWN, ropeModel, type RopeState, sentenceIn, withSentence } from '../../src/lesson/rope/model';
import { deriveMove } from '../../src/lesson/rope/move';
import { derivePairs, deriveRelative, moveOf } from '../../src/lesson/rope/pairs';
import { lexiconOf, readSentence } from '../../src/lesson/real-model/sentence';
import { bugTex, cacheTex, fixTex, moveTex, pairTex, relativeTex, texVecLines } from '../../src/lesson/rope/tex';
import { texNum } from '../../src/lesson/format';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';
import { RUNNING_TOKENS } from '../../src/lesson/runningExample';
import { testModel } from '../core/model/load';

const model = testModel();
const lex = lexiconOf(model);
const ctxOf = (lang: 'en' | 'zh') => ropeContext(model, [...readSentence(DEFAULT_SENTENCE[lang], lex, 32, DEFAULT_SENTENCE[lang]).tokens]);
const en = ctxOf('en');
const zh = ctxOf('zh');
const S = (over: Partial<RopeState> = {}): RopeState => ({ ...structuredClone(DEFAULTS), ...over });

describe('the chapter\'s sentence (the shared composer\'s state, one per page language)', () => {
  it('defaults to the running example finished as generate finishes it, "The cat sat on the mat." (猫坐在垫子上。)', () => {
    expect(DEFAULT_SENTENCE.en.text.startsWith(RUNNING_TOKENS.join(' '))).toBe(true);
    expect(en.tokens.map((t) => t.word)).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat', '.']);
    expect(zh.tokens.map((t) => t.word)).toEqual(['猫', '坐', '在', '垫子', '上', '。']);
    for (const lang of ['en', 'zh'] as const) {
      const r = readSentence(DEFAULT_SENTENCE[lang], lex, 32, DEFAULT_SENTENCE[lang]);
      expect(r.current).toBe(true);
      expect(r.tokens.map((t) => t.word).join(' ')).toBe(DEFAULT_SENTENCE[lang].words); // text and words agree
    }
  });

  it('keeps one sentence per page language; new words reset the positions that referred to the old ones', () => {
    const s = { ...structuredClone(DEFAULTS), qPos: 9, kPos: 4, moveTo: 30, atStep: 2 };
    expect(sentenceIn(s, 'zh')).toEqual(DEFAULT_SENTENCE.zh);
    const typo = withSentence(s, 'en', { text: 'the cta', words: DEFAULT_SENTENCE.en.words });
    expect([typo.qPos, typo.textEn, typo.textZh]).toEqual([9, 'the cta', DEFAULT_SENTENCE.zh.text]);
    const other = withSentence(s, 'zh', { text: '狗睡在床上', words: '狗 睡 在 床 上' });
    expect([other.qPos, other.kPos, other.moveTo, other.atStep, other.wordsEn]).toEqual([OWN, OWN, OWN, 0, DEFAULT_SENTENCE.en.words]);
  });

  it('a link whose text and words both fail falls back to the default sentence of the language', () => {
    const r = readSentence({ text: 'abc', words: 'xyz' }, lex, 32, DEFAULT_SENTENCE.zh);
    expect(r.tokens.map((t) => t.word)).toEqual(['猫', '坐', '在', '垫子', '上', '。']);
    expect(r.problems[0]).toMatchObject({ kind: 'unknown', text: 'abc' });
  });

  it('keeps the URL field table consistent with the defaults', () => {
    expect(ropeModel.check(DEFAULTS)).toBeNull();
    expect(ropeModel.check(S({ atStep: 9, gen: 8 }))).toBe('atStep');
  });
});

describe('pairs and the relative position', () => {
  it('uses the last token as the query and the chosen row as the key, at their own positions by default', () => {
    const n = derivePairs(en, S());
    expect([n.qRow, n.kRow, n.m, n.n]).toEqual([6, 1, 6, 1]);
    expect(n.pairs.map((p) => p.theta)).toEqual(en.theta);
    expect(n.pairs[0].qTurn).toBeCloseTo(6, 12);
    expect(n.score).toBeCloseTo(n.pairs.reduce((s, p) => s + p.dot, 0), 12);
    expect(n.scaled).toBeCloseTo(n.score / Math.sqrt(8), 12);
    const moved = derivePairs(en, S({ qPos: 40, kPos: 7 }));
    expect([moved.m, moved.n]).toEqual([40, 7]);
    expect(derivePairs(en, S({ kRow: 30 })).kRow).toBe(6); // clamped to the sentence
  });

  it('property: shifting both positions never changes the score; changing the distance does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 63 }), fc.integer({ min: -63, max: 63 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 }), (m, n, shift, layer, head) => {
        const r = deriveRelative(en, S({ qPos: m, kPos: n, shift, layer, head }));
        expect(r.shifted.m - r.at.m).toBe(r.shift);
        expect(r.shifted.n - r.at.n).toBe(r.shift);
        expect(r.shifted.m).toBeLessThanOrEqual(63);
        expect(Math.min(r.shifted.m, r.shifted.n)).toBeGreaterThanOrEqual(0);
        expect(r.diff).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(r.at.score)));
        expect(r.move).toBe('same');
      }),
      { numRuns: 60 },
    );
    const r = deriveRelative(en, S());
    expect(Math.abs(r.apart.score - r.at.score)).toBeGreaterThan(1e-3);
    expect(moveOf(1, 1 + 1e-12)).toBe('same');
    expect(moveOf(1, 1.1)).toBe('up');
  });
});

describe('the cache step', () => {
  it('keeps every cached key equal to recomputing the whole sequence now, however many tokens are decoded', () => {
    for (const extra of [0, 3, 12]) {
      const c = deriveCache(en, S({ extra }));
      expect(c.rows).toHaveLength(7 + extra);
      expect(c.rows.map((r) => r.position)).toEqual(c.rows.map((_, i) => i));
      for (const r of c.rows) expect(r.vsRecomputed).toBeLessThanOrEqual(1e-9);
      expect(c.stays).toBe(true);
    }
  });

  it('the newest query\'s scores against the same keys do change as tokens arrive', () => {
    const a = deriveCache(en, S({ extra: 0 }));
    const b = deriveCache(en, S({ extra: 3 }));
    expect(b.rows[1].k).toEqual(a.rows[1].k);
    expect(Math.abs(b.rows[1].score - a.rows[1].score)).toBeGreaterThan(1e-3);
    expect(b.rows[7].writtenAt).toBe(1);
    expect(b.newest).toBe(9);
    expect(AHEAD).toBe(3);
  });

  it('counts the rotations one decode step needs with rotated and with raw keys cached', () => {
    const c = deriveCache(en, S({ extra: 2 }));
    expect(c.rotations).toEqual({ rotated: 3 * (4 + 2), raw: 3 * (4 + 2 * 10) });
  });
});

describe('the wrong-offset bug and its fix', () => {
  it('position 0 makes the real model write different words, with a large KL divergence somewhere', () => {
    const b = deriveBug(en, S({ bug: 'zero' }));
    expect(b.steps).toHaveLength(8);
    expect(b.steps[0].kl).toBe(0);
    expect(b.steps[0].rightPos).toBeNull();
    expect(b.steps[1].rightPos).toBe(7);
    expect(b.steps[1].wrongPos).toBe(0);
    expect(b.differ).toBeGreaterThan(0);
    expect(b.maxKl).toBeGreaterThan(1);
    expect(b.steps[b.at - 1].kl).toBe(b.maxKl); // auto: the step with the largest divergence
    expect(b.rightTop).toHaveLength(5);
    expect(b.rightTop[0].p).toBeGreaterThanOrEqual(b.rightTop[4].p);
  });

  it('shows the bug in Chinese too: the default 猫坐在垫子上。 writes different words with either bug', () => {
    for (const bug of ['zero', 'off-by-one'] as const) {
      const b = deriveBug(zh, S({ bug }));
      expect(b.differ).toBeGreaterThan(0);
      expect(b.maxKl).toBeGreaterThan(1);
    }
  });

  it('off by one feeds T − 1 + s', () => {
    const b = deriveBug(en, S({ bug: 'off-by-one' }));
    expect(b.steps.slice(1).map((s) => s.wrongPos)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(POSITION_RULES['off-by-one'](0, 7)).toBe(6);
  });

  it('the fix (T + s) restores the reference: same words, KL 0, equal to recomputing without a cache', () => {
    const b = deriveBug(en, S({ bug: 'right', gen: 12 }));
    expect(b.differ).toBe(0);
    expect(b.maxKl).toBe(0);
    expect(b.vsNoCache).toBeLessThanOrEqual(1e-9);
    expect(deriveBug(zh, S({ bug: 'right' })).vsNoCache).toBeLessThanOrEqual(1e-9);
  });

  it('shows the state\'s decode step when it is within the run', () => {
    expect(deriveBug(en, S({ bug: 'zero', atStep: 2 })).at).toBe(2);
    expect(deriveBug(en, S({ bug: 'zero', gen: 16 })).gen).toBe(16);
  });
});

describe('re-rotating a cached key', () => {
  it('property: R(p′ − p)·k equals the key computed at p′ to 1e-9, every row, layer, head and position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 }), (row, to, layer, head) => {
        const m = deriveMove(en, S({ moveRow: row, moveTo: to, layer, head }));
        expect(m.maxDiff).toBeLessThanOrEqual(1e-9);
        expect(m.delta).toBe(to - row);
        if (m.delta >= 0) expect(m.wholeShift).toBeLessThanOrEqual(1e-9);
        else expect(m.wholeShift).toBeNull();
      }),
      { numRuns: 40 },
    );
    const back = deriveMove(en, S({ moveRow: 2, moveTo: OWN }));
    expect([back.from, back.to, back.delta]).toEqual([2, 2, 0]);
  });
});

describe('dial geometry', () => {
  it('draws the longest pair to the rim, y pointing down, and arcs that follow the turn', () => {
    expect(tip({ x: 2, y: 0 }, 2)).toEqual({ x: DIAL_R, y: -0 });
    expect(tip({ x: 0, y: 1 }, 2)).toEqual({ x: 0, y: -DIAL_R / 2 });
    expect(turnArc({ x: 1, y: 0 }, 2 * Math.PI)).toBe('');
    expect(turnArc({ x: 1, y: 0 }, 1)).toMatch(/ 0 0 0 /);
    expect(turnArc({ x: 1, y: 0 }, -1)).toMatch(/ 0 0 1 /);
    expect(arrowShape({ x: 0, y: 0 }, 1).head).toBeNull();
    // A tag beyond the tip stays inside the view box in every direction (an 11-unit label is never cut).
    for (let k = 0; k < 64; k++) {
      const a = (k / 64) * 2 * Math.PI;
      const { tagAt } = arrowShape({ x: Math.cos(a), y: Math.sin(a) }, 1);
      expect(Math.abs(tagAt.x)).toBeLessThanOrEqual(DIAL_SIZE / 2 - 5);
      expect(tagAt.y).toBeLessThanOrEqual(DIAL_SIZE / 2 - 3);
      expect(tagAt.y).toBeGreaterThanOrEqual(-DIAL_SIZE / 2 + 10);
    }
  });
});

describe('formulas', () => {
  it('are valid TeX in strict mode for every step, with the panels\' digits', async () => {
    const katex = (await import('katex')).default;
    const n = derivePairs(en, S());
    const texs = [
      pairTex(n, 0, 10_000, 8),
      relativeTex(deriveRelative(en, S())),
      cacheTex(deriveCache(en, S({ extra: 2 })), 1, 'cat', 8),
      bugTex(deriveBug(en, S()), 7, { right: '正确', wrong: '出错' }),
      fixTex(deriveBug(en, S({ bug: 'right' })), 7),
      moveTex(deriveMove(en, S())),
    ];
    for (const tex of texs) expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow(); // strict, but the linked terms' \htmlData
    expect(texs[0]).toContain('10{,}000^{-2\\cdot 0/8}');
    expect(texs[0]).toContain('m\\,\\theta_{0} = 6 \\times 1.000 = 6.000');
  });

  it('breaks the re-rotated and recomputed keys onto lines of four entries (a slide cannot scroll a formula sideways)', () => {
    const m = deriveMove(en, S());
    const tex = moveTex(m);
    expect(texVecLines([1, -2, 3, 4, 5, 6, 7, 8])).toBe('[{1.000},\\ -2.000,\\ 3.000,\\ 4.000, \\\\ &\\qquad {5.000},\\ 6.000,\\ 7.000,\\ 8.000]');
    expect(texVecLines([1_000, 2])).toBe('[{1{,}000.000};\\ 2.000]');
    // Two vectors of 8 entries, two lines each, plus the max line: 4 line breaks, all 16 numbers kept.
    expect(tex.split('\\\\').length).toBe(5);
    for (const x of [...m.moved, ...m.computed]) expect(tex).toContain(texNum(x));
  });

  it('every step id derives its own kind of numbers', () => {
    expect(['pairs', 'relative', 'cache', 'wrong-position', 'fix', 'rerotate'].map((id) => deriveStep(id, en, S()).kind)).toEqual(['pairs', 'relative', 'cache', 'bug', 'bug', 'move']);
  });
});

describe('spreadTags: a dial\'s q and k tags never print on one spot', () => {
  it('moves two tags at nearly the same place apart, keeps them in the view box, and leaves separate ones alone', () => {
    const half = DIAL_SIZE / 2;
    const [a, b] = spreadTags([
      { x: -50, y: 2, text: 'k' },
      { x: -46, y: 3, text: 'q' },
    ]);
    const w = 0.62 * TAG_FONT + 2;
    expect(Math.abs(a.x - b.x) >= w || Math.abs(a.y - b.y) >= TAG_FONT).toBe(true);
    for (const p of [a, b]) expect(Math.abs(p.x)).toBeLessThanOrEqual(half);
    const apart = [
      { x: -30, y: 0, text: 'q' },
      { x: 30, y: 0, text: 'k′' },
    ];
    expect(spreadTags(apart)).toEqual(apart.map(({ x, y }) => ({ x, y })));
  });
});

describe('slideRows: a long cache table on a slide', () => {
  const count = (lines: SlideLine[]) => lines.length;
  it('shows every row when they fit', () => {
    expect(slideRows(7, 1, 8)).toEqual([0, 1, 2, 3, 4, 5, 6].map((row) => ({ row })));
  });
  it('keeps the first rows, the chosen one and the newest, with one gap line, never more than max lines', () => {
    const lines = slideRows(19, 1, 8);
    expect(lines).toEqual([{ row: 0 }, { row: 1 }, { row: 2 }, { row: 3 }, { row: 4 }, { gap: [5, 16] }, { row: 17 }, { row: 18 }]);
    for (const n of [9, 12, 19]) for (let keep = 0; keep < n; keep++) {
      const l = slideRows(n, keep, 8);
      expect(count(l)).toBeLessThanOrEqual(8);
      expect(l).toContainEqual({ row: keep });
      expect(l).toContainEqual({ row: n - 1 });
      // every row is shown or inside exactly one gap
      const covered = l.reduce((s, x) => s + ('row' in x ? 1 : x.gap[1] - x.gap[0] + 1), 0);
      expect(covered).toBe(n);
    }
    expect(() => slideRows(5, 5, 8)).toThrow(RangeError);
    expect(() => slideRows(9, 0, 4)).toThrow(RangeError);
  });
});
