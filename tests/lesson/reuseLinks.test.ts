// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cacheBlend, fullPrefill, type ModelCache, naiveReuse } from '../../src/core/model';
import { related } from '../../src/lesson/links';
import { STEP_METHOD } from '../../src/lesson/reuse/chapter';
import { kvSources, PAPER_ROWS, type ReuseLinkInput, reuseLinks, uq } from '../../src/lesson/reuse/links';
import { DEFAULTS } from '../../src/lesson/reuse/model';
import { readPrompt } from '../../src/lesson/reuse/prompt';
import { baseRuns, blendRun } from '../../src/lesson/reuse/derive';
import { blendTex, klTex, maskTex, prefixTex, promptTex, selectTex } from '../../src/lesson/reuse/tex';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';
import { testModel } from '../core/model/load';

const model = testModel();
const p = readPrompt(model, DEFAULTS, 'en'); // chunks of 7 and 8 tokens, a question of 7: N = 15, T = 22
const [c1, c2] = p.chunks.map((c) => c.length);
const N = p.N;
const T = p.T;
const sorted = (s: Iterable<string>) => [...s].sort();
const toks = (xs: readonly number[]) => xs.map(uq.tok);

/** A blend view from the core: `rows` recomputed, with the given mask. */
const blendOf = (rows: number[], mask: 'bottom-right' | 'causal') => {
  const b = cacheBlend(model, p.chunks, p.question, { ratio: 0, rows, mask });
  return { result: b, view: { selected: b.selected, queries: b.queries, visible: b.visible } };
};

const input = (step: string, over: Partial<ReuseLinkInput> = {}): ReuseLinkInput => ({
  step,
  method: STEP_METHOD[step],
  chunkLengths: [c1, c2],
  Q: p.question.length,
  prefixReused: 0,
  blend: blendOf([7, 8], 'bottom-right').view,
  mask: 'bottom-right',
  words: [3, 5],
  nLayers: model.config.nLayers,
  ...over,
});

/** True when row j of every layer's K and V is the same in both caches. */
const sameRow = (a: ModelCache, b: ModelCache, j: number) =>
  a.layers.every((L, l) => L.k.every((K, g) => K[j].every((x, d) => x === b.layers[l].k[g][j][d])) && L.v.every((V, g) => V[j].every((x, d) => x === b.layers[l].v[g][j][d])));

/** The prompt with token i replaced by another word of the vocabulary (same length, so every position stays). */
const changed = (i: number) => {
  const ids = [...p.chunks.flat(), ...p.question];
  ids[i] = ids[i] === 1 ? 2 : 1;
  const chunks = [ids.slice(0, c1), ids.slice(c1, N)];
  return { chunks, question: ids.slice(N) };
};

describe('reuse links: a token’s K/V rows come from the tokens the core lets them see', () => {
  it('full prefill: every earlier token and itself, never a later one (the core agrees: changing a later token leaves the row as it was)', () => {
    const x = input('prompt');
    expect(kvSources(x, 10)).toEqual(Array.from({ length: 11 }, (_, i) => i));
    const ref = fullPrefill(model, p.chunks, p.question).cache;
    const later = changed(12);
    expect(sameRow(fullPrefill(model, later.chunks, later.question).cache, ref, 10)).toBe(true);
    const earlier = changed(2);
    expect(sameRow(fullPrefill(model, earlier.chunks, earlier.question).cache, ref, 10)).toBe(false);
    const { from, to } = related(reuseLinks(x), uq.kv(10));
    expect(sorted([...from].filter((id) => id.startsWith('ru.tok.')))).toEqual(sorted(toks(kvSources(x, 10))));
    expect(to.has(uq.p('full', 3))).toBe(true);
  });

  it('naive reuse: a later chunk’s rows come from its own chunk only (the core agrees: changing the first chunk leaves them as they were)', () => {
    const x = input('naive-kv');
    const j = c1 + 3;
    expect(kvSources(x, j)).toEqual([c1, c1 + 1, c1 + 2, c1 + 3]);
    expect(kvSources(x, N + 1)).toHaveLength(N + 2); // the question is computed over everything
    const ref = naiveReuse(model, p.chunks, p.question).cache;
    const other = changed(2);
    expect(sameRow(naiveReuse(model, other.chunks, other.question).cache, ref, j)).toBe(true);
    const own = changed(c1 + 1);
    expect(sameRow(naiveReuse(model, own.chunks, own.question).cache, ref, j)).toBe(false);
    // Pointing at the row's mark lights those tokens and its column of the deviation map; the first chunk stays plain.
    const { from, to } = related(reuseLinks(x), uq.kv(j));
    expect(from.has(uq.tok(2))).toBe(false);
    expect(from.has(uq.tok(c1))).toBe(true);
    for (let i = 0; i < 2 * model.config.nLayers; i++) expect(to.has(uq.dev('naive', i, j))).toBe(true);
    expect(to.has(uq.dev('naive', 0, j + 1))).toBe(false);
    // The slide's worst-per-layer number comes from the later chunks' cells of its layer only.
    const worst = related(reuseLinks(x), uq.worst('k', 2)).from;
    expect(worst.has(uq.dev('naive', 2, j))).toBe(true);
    expect(worst.has(uq.dev('naive', 2, 0))).toBe(false);
    expect(worst.has(uq.dev('naive', 1, j))).toBe(false);
  });

  it('CacheBlend: a recomputed token sees the keys its mask row shows — later tokens too with the bottom-right mask — a reused one only its chunk', () => {
    for (const mask of ['bottom-right', 'causal'] as const) {
      const { result, view } = blendOf([7], mask);
      const x = input('mask', { blend: view, mask });
      const seen = result.visible[0].flatMap((v, t) => (v ? [t] : []));
      expect(kvSources(x, 7)).toEqual(seen);
      expect(seen.includes(12)).toBe(mask === 'bottom-right');
      // The core agrees: a later token of the other chunk changes row 7 only when the mask lets it see that token.
      const other = changed(12);
      const again = cacheBlend(model, other.chunks, other.question, { ratio: 0, rows: [7], mask }).cache;
      expect(sameRow(again, result.cache, 7)).toBe(mask === 'causal');
    }
    // A reused row of the second chunk does not depend on the first chunk.
    const { result } = blendOf([7], 'bottom-right');
    const first = changed(2);
    expect(sameRow(cacheBlend(model, first.chunks, first.question, { ratio: 0, rows: [7] }).cache, result.cache, c1 + 4)).toBe(true);
    expect(kvSources(input('mask', { blend: blendOf([7], 'bottom-right').view }), c1 + 4)).toEqual([c1, c1 + 1, c1 + 2, c1 + 3, c1 + 4]);
  });
});

describe('reuse links: what each step’s numbers light', () => {
  it('r → k = ⌊r·N⌋ → the recomputed tokens’ marks → the next word; a score feeds its own token’s mark only', () => {
    const g = reuseLinks(input('select')); // rows 7 and 8 recomputed
    const { to } = related(g, uq.r);
    expect(to.has(uq.k)).toBe(true);
    expect(to.has(uq.kv(7)) && to.has(uq.kv(8))).toBe(true);
    expect(to.has(uq.kv(9)) || to.has(uq.kv(N))).toBe(false); // a reused token; the question is always computed
    expect(to.has(uq.p('blend', 3))).toBe(true);
    expect(sorted(related(g, uq.k).from)).toEqual(sorted([uq.r, uq.N]));
    const score = related(g, uq.score(4));
    expect(score.to.has(uq.kv(4))).toBe(true);
    expect(score.to.has(uq.kv(5))).toBe(false);
    expect(sorted([...score.from].filter((id) => id.startsWith('ru.tok.')))).toEqual(sorted(toks([0, 1, 2, 3, 4])));
  });

  it('next-token probabilities come from the cache used; KL from both distributions; the full prefill from every token', () => {
    const g = reuseLinks(input('naive-answer'));
    const naive = related(g, uq.p('naive', 5)).from;
    for (let j = 0; j < T; j++) expect(naive.has(uq.kv(j))).toBe(true);
    const kl = related(g, uq.kl('naive')).from;
    expect(kl.has(uq.p('full', 3)) && kl.has(uq.p('naive', 3))).toBe(true);
    expect(related(g, uq.p('full', 3)).from.has(uq.kv(0))).toBe(false); // the reference is not made of naive reuse's cache
    expect(related(g, uq.p('full', 3)).from.has(uq.tok(0))).toBe(true);
  });

  it('prefix: the stored chunks’ matches → p → T − p → the cost, and p → the rows it reuses', () => {
    const g = reuseLinks(input('prefix', { prefixReused: 4 }));
    const { to } = related(g, uq.match(0));
    expect(sorted([uq.reused, uq.rest, uq.cost('prefix')].filter((id) => to.has(id)))).toEqual(sorted([uq.reused, uq.rest, uq.cost('prefix')]));
    const reused = related(g, uq.reused).to;
    expect(reused.has(uq.kv(3)) && !reused.has(uq.kv(4))).toBe(true);
  });

  it('mask: a recomputed token’s later keys (the bottom-right mask) light those tokens and count as leaks; T − S feeds them', () => {
    const g = reuseLinks(input('mask'));
    const future = related(g, uq.see(7, 'future'));
    expect(future.from.has(uq.tok(8)) && future.from.has(uq.tok(13))).toBe(true); // rows 7, 8 and the 7 question tokens: S = 9, T − S = 13
    expect(future.from.has(uq.tok(7)) || future.from.has(uq.tok(14))).toBe(false);
    // A reused row keeps its own chunk as its only tokens, whatever k is.
    expect(sorted([...related(g, uq.kv(11)).from])).toEqual(sorted(toks([7, 8, 9, 10, 11])));
    expect(future.to.has(uq.leaks) && future.to.has(uq.kv(7))).toBe(true);
    expect(related(g, uq.offset).to.has(uq.see(7, 'future'))).toBe(true);
    expect(related(g, uq.see(7, 'hidden')).to.has(uq.kv(7))).toBe(false); // hidden keys feed nothing
  });

  it('sparsity and paper: measured attention comes from the prompt’s tokens; each paper figure points at ours', () => {
    const s = reuseLinks(input('sparsity'));
    expect(related(s, uq.attn(1, 'cross')).from.has(uq.tok(N))).toBe(false); // the question is not a chunk
    expect(related(s, uq.attn(1, 'top')).from.has(uq.tok(N))).toBe(true);
    expect(related(s, uq.article).to.has(uq.attn(2, 'eps'))).toBe(true);
    const g = reuseLinks(input('paper'));
    for (const r of PAPER_ROWS) {
      expect(related(g, uq.theirs(r)).to.has(uq.ours(r))).toBe(true);
      for (const o of PAPER_ROWS) if (o !== r) expect(related(g, uq.theirs(r)).to.has(uq.theirs(o))).toBe(false);
    }
    expect(related(g, uq.ours('ratio')).to.has(uq.ours('cost'))).toBe(true);
  });

  it('every number a step puts on screen has a source or a target', () => {
    const L = model.config.nLayers;
    const shown: Record<string, string[]> = {
      prompt: [uq.N, uq.Q, uq.T, uq.p('full', 3)],
      prefix: [uq.match(0), uq.match(1), uq.reused, uq.rest, uq.cost('prefix'), uq.kl('prefix'), uq.p('prefix', 3)],
      'naive-kv': [uq.dev('naive', 0, 0), uq.dev('naive', 2 * L - 1, N - 1), uq.worst('k', 0), uq.worst('v', L - 1)],
      'naive-answer': [uq.p('naive', 5), uq.p('full', 5), uq.kl('naive'), uq.attn(L - 1, 'cross')],
      select: [uq.r, uq.k, uq.N, uq.score(0), uq.score(N - 1)],
      blend: [uq.r, uq.k, uq.cost('blend'), uq.kl('blend'), uq.p('blend', 3), uq.dev('blend', 1, 0)],
      mask: [uq.r, uq.k, uq.kl('blend'), uq.klOther, uq.leaks, uq.offset, uq.see(7, 'past'), uq.see(7, 'hidden')],
      tradeoff: [uq.r, uq.k, uq.recovered],
      sparsity: [uq.attn(0, 'cross'), uq.attn(0, 'top'), uq.attn(0, 'eps'), uq.article],
      paper: PAPER_ROWS.flatMap((r) => [uq.theirs(r), uq.ours(r)]),
    };
    for (const [step, ids] of Object.entries(shown)) {
      const g = reuseLinks(input(step));
      for (const id of [...ids, uq.tok(0), uq.tok(T - 1), uq.kv(0), uq.kv(T - 1)]) {
        const { from, to } = related(g, id);
        expect(from.size + to.size, `${step}: ${id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('reuse formulas: their numbers are the linked quantities', () => {
  it('every formula marks its numbers with the ids the panels use, and renders with the strict options', async () => {
    const katex = (await import('katex')).default;
    const base = baseRuns(model, p);
    const b = blendRun(model, p, base, 20, 'bottom-right');
    const names = { full: 'full', prefix: 'prefix', blend: 'blend' };
    const texs: [string, string[]][] = [
      [promptTex(model, p, base.full), [uq.N, uq.Q, uq.T, uq.p('full', base.full.top)]],
      [prefixTex(p, base, names), [uq.reused, uq.rest, uq.cost('prefix')]],
      [klTex(base.naive.next.kl), [uq.kl('naive')]],
      [selectTex(p, b), [uq.r, uq.N, uq.k]],
      [blendTex(b, names), [uq.cost('blend'), uq.kl('blend')]],
      [maskTex(p, b, { bottomRight: 'bottom-right', causal: 'causal' }), [uq.offset]],
    ];
    for (const [tex, ids] of texs) {
      for (const id of ids) expect(tex).toContain(`\\htmlData{q=${id}}`);
      expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow();
    }
  });
});
