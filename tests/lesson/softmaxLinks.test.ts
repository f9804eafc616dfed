import { describe, expect, it } from 'vitest';
import { crossLinks, xq } from '../../src/lesson/cross/links';
import { generateLinks, gq } from '../../src/lesson/generate/links';
import { type LinkGraph, mergeGraphs, related } from '../../src/lesson/links';
import { catRowLinks, maskLinks, mq } from '../../src/lesson/mask/links';
import { nq, noqLinks } from '../../src/lesson/no-q-cache/links';
import { rawWeightId, scalingLinks } from '../../src/lesson/scaling/links';
import { wq, workedLinks } from '../../src/lesson/worked/links';

/** Softmax divides by the sum over the whole row: every weight of a row comes from every score (key) the row reads. */
function expectRowSoftmax(g: LinkGraph, weights: readonly string[], sources: readonly string[]) {
  for (const w of weights) {
    const { from } = related(g, w);
    for (const s of sources) expect(from.has(s), `${w} from ${s}`).toBe(true);
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('every softmax weight has every score of its row as a source (the kind: softmax normalises the row)', () => {
  it('worked: w_The (and every wᵢ) comes from every s̃ⱼ, sⱼ, kⱼ and the sum Σⱼ e^{s̃ⱼ}', () => {
    for (const T of [3, 4]) {
      const g = workedLinks(T);
      expectRowSoftmax(g, range(T).map(wq.weight), [...range(T).flatMap((j) => [wq.scaled(j), wq.score(j), wq.k(j)]), wq.sum]);
      expect(related(g, wq.sum).to).toEqual(new Set([...range(T).map(wq.weight), wq.output]));
    }
  });

  it('generate: every weight of the newest row comes from every cached key (w.3 from k.0 … k.T−1)', () => {
    for (const T of [4, 6]) expectRowSoftmax(generateLinks(T), range(T).map(gq.weight), [gq.q, ...range(T).map(gq.k)]);
    expect(related(generateLinks(4), gq.weight(3)).from.has(gq.v(0))).toBe(false);
  });

  it('cross: each side normalises its own row; a cross weight never comes from a self key', () => {
    const g = crossLinks(4, 3);
    expectRowSoftmax(g, range(4).map(xq.cw), range(4).map(xq.ck));
    expectRowSoftmax(g, range(3).map(xq.sw), range(3).map(xq.sk));
    expect(related(g, xq.cw(0)).from.has(xq.sk(0))).toBe(false);
  });

  it('scaling: scaled and raw weights each come from every score of the row', () => {
    const g = scalingLinks(4);
    expectRowSoftmax(g, range(4).map(wq.weight), range(4).map(wq.scaled));
    expectRowSoftmax(g, range(4).map(rawWeightId), range(4).map(wq.score));
  });

  it('mask: a weight comes from every key its row reads, never from a key the causal mask hides', () => {
    const causal = range(4).map((i) => range(4).map((j) => j > i));
    const g = maskLinks('weights', 4, 4, 0, causal);
    for (let i = 0; i < 4; i++) {
      const readable = range(i + 1);
      expectRowSoftmax(g, readable.map((j) => mq.cell('weights', i, j)), readable.map(mq.k));
      for (let j = i + 1; j < 4; j++) expect(related(g, mq.cell('weights', i, 0)).from.has(mq.k(j))).toBe(false);
    }
    // The scores grid is not normalised: a score comes from its own key only.
    expect(related(maskLinks('scores', 4, 4), mq.cell('scores', 2, 0)).from.has(mq.k(1))).toBe(false);
  });

  it('mask: the prediction on row "cat" — each row a softmax over the keys it reads, from the masked grid in its mode', () => {
    const visible = [true, true, false, false]; // causalMask(4, 4)[1]: "cat" reads "The" and itself
    const stage = maskLinks('masked', 4, 4, 0, undefined);
    // Switch on: the stage's masked grid is causal, so the masked row's weights come from its visible cells, not the hidden ones.
    const on = mergeGraphs(stage, catRowLinks(visible, true));
    const causalRow = related(on, mq.catRow('causal'));
    for (const j of [0, 1]) expect(causalRow.from.has(mq.cell('masked', 1, j)), `masked.1.${j}`).toBe(true);
    for (const j of [2, 3]) expect(causalRow.from.has(mq.cell('masked', 1, j)), `masked.1.${j}`).toBe(false);
    expect(causalRow.from.has(mq.catW('causal', 3))).toBe(true); // the row is made of its four weights (the hidden ones are 0)
    expect(causalRow.from.has(mq.k(2))).toBe(false);
    expect(causalRow.from.has(mq.q(1))).toBe(true);
    expect(causalRow.to).toEqual(new Set([mq.catSum]));
    // The row without a mask reads every key straight from Q and K (the grid on the stage is the masked one).
    const openRow = related(on, mq.catRow('open'));
    for (const j of range(4)) expect(openRow.from.has(mq.k(j))).toBe(true);
    expect(openRow.from.has(mq.cell('masked', 1, 0))).toBe(false);
    expect(openRow.to.size).toBe(0);
    // Switch off: the stage's grid has no mask, so it feeds the open row; the causal row comes from q and the keys it reads.
    const off = mergeGraphs(stage, catRowLinks(visible, false));
    for (const j of range(4)) expect(related(off, mq.catRow('open')).from.has(mq.cell('masked', 1, j))).toBe(true);
    expect(related(off, mq.catRow('causal')).from.has(mq.cell('masked', 1, 0))).toBe(false);
    expect(related(off, mq.catRow('causal')).from.has(mq.k(1))).toBe(true);
    expect(related(off, mq.catRow('causal')).from.has(mq.k(2))).toBe(false);
  });

  it('no-q-cache: the live and after weights normalise each row over the keys it reads', () => {
    const causal = range(4).map((i) => range(4).map((j) => j > i));
    for (const grid of ['live', 'after']) {
      const g = noqLinks(grid, 4, causal);
      expectRowSoftmax(g, range(4).map((j) => nq.cell(grid, 3, j)), range(4).map(nq.k));
      expect(related(g, nq.cell(grid, 1, 0)).from.has(nq.k(2))).toBe(false);
      expect(related(g, nq.cell(grid, 1, 1)).from.has(nq.k(0))).toBe(true);
    }
  });
});

describe('real model: the attention map is a causal softmax per row', () => {
  it('a weight (i, j) comes from every key column j′ ≤ i (and its token), never from a later one', async () => {
    const { attentionLinks } = await import('../../src/lesson/real-model/links');
    const g = attentionLinks(5, 'att');
    for (let i = 0; i < 5; i++) {
      expectRowSoftmax(g, range(i + 1).map((j) => `att.${i}.${j}`), range(i + 1).map((j) => `att.c.${j}`));
      for (let j = i + 1; j < 5; j++) expect(related(g, `att.${i}.0`).from.has(`att.c.${j}`)).toBe(false);
    }
  });
});
