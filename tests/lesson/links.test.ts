import { describe, expect, it } from 'vitest';
import { cq, costLinks } from '../../src/lesson/cost/links';
import { feeds, heatmapLinks, isQuantityId, linkGraph, mergeGraphs, related, texLink } from '../../src/lesson/links';
import { memoryLinks, mq } from '../../src/lesson/memory/links';
import { wq, workedLinks } from '../../src/lesson/worked/links';

describe('linked highlighting as data', () => {
  it('w_cat comes from every token’s s̃, s and k (softmax divides by Σⱼ e^{s̃ⱼ}), q and √d_k, and goes to o; never from a value', () => {
    const { from, to } = related(workedLinks(3), wq.weight(1));
    const rows = [0, 1, 2].flatMap((j) => [wq.k(j), wq.score(j), wq.scaled(j)]);
    expect([...from].sort()).toEqual([wq.q, wq.sqrtD, wq.sum, ...rows].sort());
    expect([...to]).toEqual([wq.output]);
    expect(from.has(wq.v(0))).toBe(false);
  });

  it('q feeds every score, scaled score, weight and the output', () => {
    const { from, to } = related(workedLinks(4), wq.q);
    expect(from.size).toBe(0);
    for (let i = 0; i < 4; i++) for (const id of [wq.score(i), wq.scaled(i), wq.weight(i)]) expect(to.has(id)).toBe(true);
    expect(to.has(wq.output)).toBe(true);
  });

  it('a heatmap cell lights its query row and key column; a row lights its cells', () => {
    const g = heatmapLinks('att', 2, 3);
    expect([...related(g, 'att.1.2').from].sort()).toEqual(['att.c.2', 'att.r.1']);
    expect([...related(g, 'att.r.0').to].sort()).toEqual(['att.0.0', 'att.0.1', 'att.0.2']);
  });

  it('graphs merge; cycles do not loop', () => {
    const g = mergeGraphs(linkGraph([['a', 'b']]), linkGraph([['b', 'a']]));
    expect([...related(g, 'a').to]).toEqual(['b']);
    expect([...related(g, 'a').from]).toEqual(['b']);
  });

  it('ids are safe in TeX and HTML: anything else is refused', () => {
    for (const ok of ['q', 'w.1', 'att.r.0', 'k-on.2']) expect(isQuantityId(ok)).toBe(true);
    for (const bad of ['', '1w', 'w 1', 'w}\\href{x}', 'a=b', 'q,x=1', 'x'.repeat(65), 'w..1']) expect(isQuantityId(bad)).toBe(false);
    expect(() => texLink('w}{', 'x')).toThrow();
    expect(() => linkGraph([['ok', 'bad id']])).toThrow(/bad id/);
    expect(texLink('w.1', '0.390')).toBe('\\htmlData{q=w.1}{0.390}');
  });
  it('feeds: every input reaches every result it feeds, and nothing else (cost and memory graphs)', () => {
    expect(feeds(['a.1', 'a.2'], ['b.1'])).toEqual([
      ['a.1', 'b.1'],
      ['a.2', 'b.1'],
    ]);
    const cost = costLinks();
    expect([...related(cost, cq.size('L')).to].sort()).toEqual([cq.cache, cq.decode, cq.full, cq.ratio, cq.decodeI, cq.prefillI].sort());
    expect([...related(cost, cq.scores).from].sort()).toEqual([cq.bytes, cq.size('B'), cq.size('N'), cq.size('S')].sort());
    const mem = memoryLinks('mla');
    expect([...related(mem, mq.total).from].sort()).toEqual([mq.latentDim, mq.ropeDim, mq.bytes, mq.perLayer, mq.layers, mq.perToken, mq.tokens, mq.window, mq.batch].sort());
    expect(related(mem, mq.kvHeads).to.size).toBe(0);
  });
});
