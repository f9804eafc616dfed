import { describe, expect, it } from 'vitest';
import { laneTops, placeLabels } from '../../src/lesson/serve/timelineLabels';

const m = { pad: 3, gap: 6, right: 600, labelWidth: (id: number) => 10 * `R${id}`.length };

describe('batching timeline labels', () => {
  it('names a bar inside when it fits, after it in its idle time or an empty lane, else over its lane', () => {
    const bars = [
      { slot: 0, id: 1, x0: 0, x1: 100, idleEnd: 100 }, // wide: inside
      { slot: 1, id: 2, x0: 0, x1: 10, idleEnd: 80 }, // short, idle after: after
      { slot: 1, id: 3, x0: 80, x1: 300, idleEnd: 300 },
      { slot: 2, id: 4, x0: 0, x1: 10, idleEnd: 10 }, // short, next bar right after: above
      { slot: 2, id: 5, x0: 10, x1: 14, idleEnd: 14 }, // short too: above, pushed right of R4's label
      { slot: 2, id: 6, x0: 14, x1: 300, idleEnd: 300 },
    ];
    const { labels, strips } = placeLabels(bars, m);
    expect(labels.map((l) => [l.id, l.place])).toEqual([
      [1, 'inside'],
      [2, 'after'],
      [3, 'inside'],
      [4, 'above'],
      [5, 'above'],
      [6, 'inside'],
    ]);
    expect(labels[1].x).toBe(13);
    expect(labels[4].x).toBeGreaterThanOrEqual(labels[3].x + 20 + 6);
    expect(strips).toEqual([2]);
  });

  it('never writes past the right edge: a short last bar with no room after it goes over its lane', () => {
    const { labels } = placeLabels([{ slot: 0, id: 12, x0: 590, x1: 598, idleEnd: 598 }], m);
    expect(labels[0].place).toBe('above');
  });

  it('lanes with a strip move down by the strip', () => {
    expect(laneTops(3, 4, 25, 27, [0, 2])).toEqual([31, 56, 108]);
  });
});
