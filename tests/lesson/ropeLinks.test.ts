import { describe, expect, it } from 'vitest';
import { related } from '../../src/lesson/links';
import { rerotate } from '../../src/core/model';
import { deriveBug } from '../../src/lesson/rope/bug';
import { deriveCache } from '../../src/lesson/rope/cache';
import { ropeContext } from '../../src/lesson/rope/context';
import { bq, bugLinks, cacheLinks, cq, moveLinks, mq, pairsLinks, relativeLinks, rl, rq } from '../../src/lesson/rope/links';
import { DEFAULT_SENTENCE, DEFAULTS, type RopeState } from '../../src/lesson/rope/model';
import { deriveRelative } from '../../src/lesson/rope/pairs';
import { lexiconOf, readSentence } from '../../src/lesson/real-model/sentence';
import { testModel } from '../core/model/load';

describe('rope pairs: where each number comes from', () => {
  const g = pairsLinks(4);
  it('the score comes from both positions, every rate, turn and share', () => {
    const { from } = related(g, rq.score);
    for (const id of [rq.m, rq.n, ...[0, 1, 2, 3].flatMap((i) => [rq.theta(i), rq.qTurn(i), rq.kTurn(i), rq.share(i)])]) expect(from).toContain(id);
  });
  it('the query’s turn of a pair comes from m and that pair’s rate only, and feeds that pair’s share and the score', () => {
    const { from, to } = related(g, rq.qTurn(2));
    expect([...from].sort()).toEqual([rq.m, rq.theta(2)].sort());
    expect([...to].sort()).toEqual([rq.score, rq.share(2)].sort());
  });
});


const model = testModel();
const ctx = ropeContext(model, [...readSentence(DEFAULT_SENTENCE.en, lexiconOf(model), 32, DEFAULT_SENTENCE.en).tokens]);
const S = (over: Partial<RopeState> = {}): RopeState => ({ ...structuredClone(DEFAULTS), ...over });
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('rope relative: m, n → m − n → the score that depends only on it', () => {
  const g = relativeLinks(4);
  it('the distance comes from m and n and feeds every pair’s share and both scores at that distance, not the third', () => {
    const { from, to } = related(g, rl.dist);
    expect(sorted(from)).toEqual(sorted([rq.m, rq.n]));
    for (const id of [rq.score, rl.score2, rl.diff, ...[0, 1, 2, 3].map(rl.share)]) expect(to).toContain(id);
    expect(to).not.toContain(rl.score3);
  });
  it('the shift turns both arrows but feeds no score at (m, n); the maths agrees: moving s leaves that score and every share as they were', () => {
    expect(related(g, rl.turn(1)).to.size).toBe(0);
    expect(related(g, rl.shift).to).not.toContain(rq.score);
    const [a, b] = [deriveRelative(ctx, S({ shift: 0 })), deriveRelative(ctx, S({ shift: 7 }))];
    expect(b.at.score).toBe(a.at.score);
    expect(b.turns[1]).toBeCloseTo(7 * ctx.theta[1], 12); // the turn the dial prints, s·θᵢ
    for (const [i, p] of b.shifted.pairs.entries()) expect(p.dot).toBeCloseTo(b.at.pairs[i].dot, 9); // a share depends on m − n only
  });
});

describe('rope cache: a token’s position → the rotation stored in its cached key', () => {
  it('row t’s position feeds its own key, check and score only; the newest position feeds every score', () => {
    const c = deriveCache(ctx, S({ extra: 2 }));
    const g = cacheLinks(c.rows.length);
    expect(sorted(related(g, cq.pos(1)).to)).toEqual(sorted([cq.key(1), cq.vs(1), cq.score(1)]));
    const newest = related(g, cq.pos(c.newest)).to;
    for (let t = 0; t < c.rows.length; t++) expect(newest).toContain(cq.score(t));
    expect(newest).not.toContain(cq.key(0));
    // The maths: each key is what its own position turns, the same as recomputing the whole sequence now.
    for (const r of c.rows) expect(r.vsRecomputed).toBeLessThan(1e-9);
  });
});

describe('rope decode loop: the positions used → each step’s distributions → their KL divergence', () => {
  it('step s’s KL comes from the positions fed up to s, not later ones; step 1’s from none, and the maths gives it 0 in every mode', () => {
    const g = bugLinks(8, 4, 'zero');
    const { from } = related(g, bq.kl(3));
    for (const id of [bq.right(2), bq.right(3), bq.wrong(2), bq.wrong(3), bq.T]) expect(from).toContain(id);
    expect(from).not.toContain(bq.right(4));
    expect(related(g, bq.kl(1)).from.size).toBe(0);
    for (const bug of ['zero', 'off-by-one'] as const) expect(deriveBug(ctx, S({ bug })).steps[0].kl).toBeLessThan(1e-9);
  });
  it('T gives the right position T + s and the off-by-one T − 1 + s, never the forgotten offset 0; the top-5 shown feed that step’s KL', () => {
    expect(related(bugLinks(8, 4, 'zero'), bq.T).to).not.toContain(bq.wrong(3));
    expect(related(bugLinks(8, 4, 'off-by-one'), bq.T).to).toContain(bq.wrong(3));
    const g = bugLinks(8, 4, 'zero');
    expect(related(g, bq.topWrong(0)).to).toContain(bq.kl(4));
    expect(related(g, bq.topWrong(0)).from).toContain(bq.wrong(4));
    expect(related(g, bq.topWrong(0)).from).not.toContain(bq.wrong(5));
  });
  it('the count of differing words comes from both loops’ words, each from the positions fed up to its step; step 1’s words from none, and the maths makes them equal', () => {
    const g = bugLinks(8, 4, 'off-by-one');
    const { from } = related(g, bq.differ);
    for (const id of [bq.rightWord(1), bq.wrongWord(8), bq.wrong(8), bq.right(2)]) expect(from).toContain(id);
    expect(sorted(related(g, bq.wrongWord(3)).from)).toEqual(sorted([bq.T, bq.rule, bq.code, bq.wrong(2), bq.wrong(3)]));
    expect(related(g, bq.wrongWord(1)).from.size).toBe(0);
    for (const bug of ['zero', 'off-by-one'] as const) {
      const b = deriveBug(ctx, S({ bug }));
      expect(b.steps[0].wrong).toBe(b.steps[0].right);
      expect(b.differ).toBe(b.steps.filter((x) => x.right !== x.wrong).length);
    }
  });
});

describe('rope rerotate: old position, new position → the turn applied', () => {
  const hd = 8;
  const g = moveLinks(hd);
  it('Δ comes from p and p′ and turns each pair by Δ·θᵢ', () => {
    expect(sorted(related(g, mq.delta).from)).toEqual(sorted([mq.from, mq.to]));
    expect(sorted(related(g, mq.turn(2)).from)).toEqual(sorted([mq.from, mq.to, mq.delta, rq.theta(2)]));
  });
  it('each cached entry feeds exactly the moved entries the core’s rotation changes (both of its pair)', () => {
    const k = [0.3, -1.2, 0.8, 0.5, -0.7, 1.1, 0.2, -0.4];
    const base = moved(k);
    for (let j = 0; j < hd; j++) {
      const bumped = moved(k.map((x, i) => (i === j ? x + 1 : x)));
      const changed = bumped.flatMap((x, i) => (Math.abs(x - base[i]) > 1e-12 ? [mq.moved(i)] : []));
      const linked = (g.forward.get(mq.cached(j)) ?? []).filter((id) => id.startsWith('rope.km.'));
      expect(sorted(linked)).toEqual(sorted(changed));
    }
    function moved(v: number[]) {
      return rerotate(v, 3, 10, model.config.ropeBase);
    }
  });
});

describe('rope decode loop before any result (wrong-position)', () => {
  it('the cache rows make T and T and N the right words; the rule writes the code, which gives the rule loop its positions', () => {
    const g = bugLinks(8, 1, 'zero', 5, 7);
    expect(related(g, bq.rightWords).from).toEqual(new Set([bq.T, bq.gen, ...Array.from({ length: 7 }, (_, i) => bq.row(i))]));
    expect(related(g, bq.rule).to.has(bq.code)).toBe(true);
    expect(related(g, bq.rule).to.has(bq.wrong(3))).toBe(true);
    expect(related(g, bq.rule).to.has(bq.right(3))).toBe(false);
    expect(related(g, bq.row(0)).to.has(bq.code)).toBe(false);
  });
});
