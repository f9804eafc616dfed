/**
 * Linked highlighting of the reuse chapter (src/lesson/links.ts): which number feeds which, step by step.
 * The edges follow the core: a token's K/V rows come from the tokens its layers attended to — every earlier token
 * in the full prefill and prefix caching (core/model/reuse.ts fullPrefill, prefix.ts), only its own chunk's when
 * the chunk's cache is reused (naiveReuse), and for a token CacheBlend recomputes the keys its mask row shows
 * (core/model/blend.ts `visible`); the next-token probabilities read every row of the cache used; ⌊r·N⌋ and each
 * token's check-layer score decide which tokens are recomputed; KL compares two distributions.
 */
import type { ReuseMethod } from './chapter';
import type { BlendMask } from './model';
import { feeds, type LinkGraph, linkGraph, type QuantityId } from '../links';

/** Quantity ids of the reuse chapter (j = a token's position in the prompt, w = a vocabulary id, l = a layer). */
export const uq = {
  /** Token j of the prompt (its chip on the stage, its column in the mask grid). */
  tok: (j: number): QuantityId => `ru.tok.${j}`,
  /** Token j's K/V rows under the step's method (its ●/◆/○/↻ mark on the stage, its row in the mask grid). */
  kv: (j: number): QuantityId => `ru.kv.${j}`,
  /** Context tokens N, question tokens Q and the prompt's length T. */
  N: 'ru.N',
  Q: 'ru.Q',
  T: 'ru.T',
  /** Probability of word w in a method's next-token distribution. */
  p: (m: ReuseMethod, w: number): QuantityId => `ru.p.${m}.${w}`,
  /** KL(full ‖ method). */
  kl: (m: ReuseMethod): QuantityId => `ru.kl.${m}`,
  /** The other mask's KL on the mask step. */
  klOther: 'ru.kl.other',
  /** Prefix caching: stored chunk c's matching tokens, the rows reused p, the rows computed T − p, the cost share. */
  match: (c: number): QuantityId => `ru.match.${c}`,
  reused: 'ru.pre',
  rest: 'ru.rest',
  /** Multiply-adds as a share of a full prefill's. */
  cost: (m: 'prefix' | 'blend'): QuantityId => `ru.cost.${m}`,
  /** CacheBlend: r, k = ⌊r·N⌋, T − S (the bottom-right mask's offset). */
  r: 'ru.r',
  k: 'ru.k',
  offset: 'ru.tms',
  /** Check-layer score of context token j (the score map's cell: its Heatmap dataName is "score"). */
  score: (j: number): QuantityId => `score.0.${j}`,
  /** Deviation map cell (row i = K of layer i, then V of each layer; column j = context token): Heatmap dataName "naive" / "blend". */
  dev: (name: 'naive' | 'blend', i: number, j: number): QuantityId => `${name}.${i}.${j}`,
  /** Largest K or V deviation of layer l over the later chunks (the slide's table). */
  worst: (kind: 'k' | 'v', l: number): QuantityId => `ru.worst.${kind}.${l}`,
  /** The keys recomputed token s sees of one kind (its past, later tokens, hidden) and the later keys seen in all. */
  see: (s: number, kind: 'past' | 'future' | 'hidden'): QuantityId => `ru.see.${s}.${kind}`,
  leaks: 'ru.leaks',
  /** The tokens recomputed before the output recovers (trade-off step). */
  recovered: 'ru.rec',
  /** Attention measured in layer l: cross-chunk share, the last token's heaviest keys, weights below ε. */
  attn: (l: number, what: 'cross' | 'top' | 'eps'): QuantityId => `ru.attn.${l}.${what}`,
  /** Article 003's sparsity figure. */
  article: 'ru.article',
  /** The paper's figure and ours, per row of the comparison. */
  theirs: (row: string): QuantityId => `ru.paper.theirs.${row}`,
  ours: (row: string): QuantityId => `ru.paper.ours.${row}`,
} as const;

/** Rows of the paper step's comparison. */
export const PAPER_ROWS = ['setup', 'deviation', 'ratio', 'cost', 'naive'] as const;

/** What the graph needs of one step: the prompt's shape and the runs' choices (all from src/lesson/reuse/derive.ts). */
export interface ReuseLinkInput {
  step: string;
  method: ReuseMethod;
  /** Each chunk's token count, then the question's. */
  chunkLengths: readonly number[];
  Q: number;
  /** Prefix caching's reused rows p. */
  prefixReused: number;
  /** CacheBlend at the current r and mask: recomputed context rows, the query rows (S) and which keys each sees (S, T). */
  blend: { selected: readonly number[]; queries: readonly number[]; visible: readonly (readonly boolean[])[] };
  mask: BlendMask;
  /** Vocabulary ids whose probabilities are on screen (bars and the stage's answers). */
  words: readonly number[];
  nLayers: number;
}

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

/** The tokens token j's K/V rows come from under `method`: (j) -> positions. */
export function kvSources(x: ReuseLinkInput, j: number): number[] {
  const N = x.chunkLengths.reduce((a, b) => a + b, 0);
  const causal = range(0, j + 1);
  if (j >= N || x.method === 'full' || x.method === 'prefix') return causal; // the question always runs; a prefix hit is exact
  if (x.method === 'blend') {
    const i = x.blend.queries.indexOf(j);
    if (i >= 0) return range(0, x.blend.visible[i].length).filter((t) => x.blend.visible[i][t]);
  }
  let start = 0;
  for (const n of x.chunkLengths) {
    if (j < start + n) break;
    start += n;
  }
  return range(start, j + 1); // a reused row: its own chunk, computed alone
}

/** The reuse chapter's link graph for one step (see the module comment). */
export function reuseLinks(x: ReuseLinkInput): LinkGraph {
  const N = x.chunkLengths.reduce((a, b) => a + b, 0);
  const T = N + x.Q;
  const all = range(0, T);
  const ctx = range(0, N);
  const m = x.method;
  const edges: [QuantityId, QuantityId][] = [];
  const add = (e: readonly (readonly [QuantityId, QuantityId])[]) => {
    for (const [a, b] of e) edges.push([a, b]);
  };
  // The stage: tokens → each row's K/V → the method's next-token probabilities; the full prefill reads every token.
  for (const j of all) add(kvSources(x, j).map((i) => [uq.tok(i), uq.kv(j)] as const));
  add(feeds(all.map(uq.kv), x.words.map((w) => uq.p(m, w))));
  if (m !== 'full') {
    add(feeds(all.map(uq.tok), x.words.map((w) => uq.p('full', w))));
    add(feeds([...x.words.map((w) => uq.p('full', w)), ...x.words.map((w) => uq.p(m, w))], [uq.kl(m)]));
  }
  switch (x.step) {
    case 'prompt':
      // Only here: through N every context token would reach k and all it feeds on the later steps.
      add([...ctx.map((j) => [uq.tok(j), uq.N] as const), ...range(N, T).map((j) => [uq.tok(j), uq.Q] as const), [uq.N, uq.T], [uq.Q, uq.T]]);
      break;
    case 'prefix': {
      // A stored chunk matches the prompt's first tokens; the longest match is reused.
      x.chunkLengths.forEach((n, c) => {
        add(range(0, Math.min(n, T)).map((i) => [uq.tok(i), uq.match(c)] as const));
        add([[uq.match(c), uq.reused]]);
      });
      add([[uq.reused, uq.rest], [uq.T, uq.rest], [uq.rest, uq.cost('prefix')], ...range(0, x.prefixReused).map((j) => [uq.reused, uq.kv(j)] as const)]);
      break;
    }
    case 'naive-kv':
      // Each map cell is its token's row compared with the full prefill's; the slide's table takes each layer's largest over the later chunks.
      for (const j of ctx) {
        for (let i = 0; i < 2 * x.nLayers; i++) {
          add([[uq.kv(j), uq.dev('naive', i, j)]]);
          if (j >= x.chunkLengths[0]) add([[uq.dev('naive', i, j), uq.worst(i < x.nLayers ? 'k' : 'v', i % x.nLayers)]]);
        }
      }
      break;
    case 'blend':
      for (const j of ctx) for (let i = 0; i < 2 * x.nLayers; i++) add([[uq.kv(j), uq.dev('blend', i, j)]]);
      break;
    case 'naive-answer':
      // The cross-chunk attention naive reuse skips (the line under the bars names the largest).
      for (let l = 0; l < x.nLayers; l++) add(ctx.map((j) => [uq.tok(j), uq.attn(l, 'cross')] as const));
      break;
    case 'sparsity':
      for (let l = 0; l < x.nLayers; l++) {
        add(ctx.map((j) => [uq.tok(j), uq.attn(l, 'cross')] as const));
        add(feeds(all.map(uq.tok), [uq.attn(l, 'top'), uq.attn(l, 'eps')]));
        add([[uq.article, uq.attn(l, 'eps')]]);
      }
      break;
    case 'paper':
      add(PAPER_ROWS.map((r) => [uq.theirs(r), uq.ours(r)] as const));
      add([[uq.N, uq.ours('setup')], ...ctx.map((j) => [uq.tok(j), uq.ours('deviation')] as const), [uq.ours('ratio'), uq.ours('cost')], [uq.ours('ratio'), uq.ours('naive')]]);
      break;
  }
  if (m === 'blend') {
    // k = ⌊r·N⌋ counts the recomputed tokens (their ↻ marks); on the select step each token's score decides its mark.
    add([[uq.r, uq.k], [uq.N, uq.k], [uq.k, uq.cost('blend')], [uq.k, uq.offset], [uq.T, uq.offset]]);
    add(x.blend.selected.map((j) => [uq.k, uq.kv(j)] as const));
    if (x.step === 'select') for (const j of ctx) add([...range(0, j + 1).map((i) => [uq.tok(i), uq.score(j)] as const), [uq.score(j), uq.kv(j)]]);
    if (x.step === 'tradeoff') add([[uq.N, uq.recovered], ...all.map((j) => [uq.tok(j), uq.recovered] as const)]);
    if (x.step === 'mask') {
      add([[uq.r, uq.klOther], [uq.k, uq.klOther]]);
      x.blend.queries.forEach((s, i) => {
        if (s >= N) return;
        const row = x.blend.visible[i];
        for (const [t, seen] of row.entries()) {
          const kind = !seen ? 'hidden' : t <= s ? 'past' : 'future';
          add([[uq.tok(t), uq.see(s, kind)]]);
        }
        add([[uq.see(s, 'past'), uq.kv(s)], [uq.see(s, 'future'), uq.kv(s)], [uq.see(s, 'future'), uq.leaks], [uq.offset, uq.see(s, 'future')]]);
      });
    }
  }
  return linkGraph(edges);
}
