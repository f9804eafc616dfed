import { describe, expect, it } from 'vitest';
import { related } from '../../src/lesson/links';
import { pairsLinks, rq } from '../../src/lesson/rope/links';

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
