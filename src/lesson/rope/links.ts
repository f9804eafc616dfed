/**
 * Quantity ids of the rope chapter's pairs step and how they feed each other (linked highlighting,
 * src/lesson/links.ts): the query's position m and each pair's rate θᵢ → the query's turn m·θᵢ; the
 * key's position n and θᵢ → the key's turn n·θᵢ; both turns → the pair's share of q·k; every share →
 * the score. Dependencies follow src/lesson/rope/pairs.ts (RoFormer, Su et al. 2021). The later steps'
 * graphs (relative, cache, the decode loop, rerotate) follow pairs.ts, cache.ts, bug.ts and move.ts.
 */
import { type LinkGraph, linkGraph } from '../links';

/** Quantity ids of the pairs step (pair index i from 0). */
export const rq = {
  m: 'rope.m',
  n: 'rope.n',
  theta: (i: number): string => `rope.theta.${i}`,
  qTurn: (i: number): string => `rope.qturn.${i}`,
  kTurn: (i: number): string => `rope.kturn.${i}`,
  share: (i: number): string => `rope.share.${i}`,
  score: 'rope.score',
} as const;

/** The pairs step's link graph for `pairs` rotation pairs (head dimension / 2). */
export function pairsLinks(pairs: number): LinkGraph {
  return linkGraph(
    Array.from({ length: pairs }, (_, i) => [
      [rq.m, rq.qTurn(i)] as const,
      [rq.theta(i), rq.qTurn(i)] as const,
      [rq.n, rq.kTurn(i)] as const,
      [rq.theta(i), rq.kTurn(i)] as const,
      [rq.qTurn(i), rq.share(i)] as const,
      [rq.kTurn(i), rq.share(i)] as const,
      [rq.share(i), rq.score] as const,
    ]).flat(),
  );
}

/** Quantity ids of the steps after pairs: relative (r*), cache (c*), the decode-loop bug and fix (b*), moving a key (mv*). */
export const rl = {
  /** relative: the shift s, the moved positions m + s and n + s, the distance m − n, each pair's turn s·θᵢ and share, the three scores and |Δ|. */
  shift: 'rope.s',
  m2: 'rope.m2',
  n2: 'rope.n2',
  dist: 'rope.dist',
  turn: (i: number): string => `rope.sturn.${i}`,
  share: (i: number): string => `rope.rshare.${i}`,
  score2: 'rope.score2',
  /** The score at (m, n) ÷ √d, as attention uses it. */
  scaled: 'rope.scaled',
  score3: 'rope.score3',
  diff: 'rope.diff',
} as const;

/**
 * The relative step's graph: m, n → m − n; m − n and θᵢ → pair i's share (a pair's share of q·k turns with
 * (m − n)·θᵢ only, RoFormer eq. 16) → both scores at that distance; s → m + s, n + s → the moved score; s and θᵢ →
 * the turn s·θᵢ, which feeds no score (both arrows turn by it); one position more apart (m ± 1, n) → the third score.
 */
export function relativeLinks(pairs: number): LinkGraph {
  return linkGraph([
    [rq.m, rl.dist],
    [rq.n, rl.dist],
    [rq.m, rl.m2],
    [rl.shift, rl.m2],
    [rq.n, rl.n2],
    [rl.shift, rl.n2],
    [rl.m2, rl.score2],
    [rl.n2, rl.score2],
    [rq.m, rl.score3],
    [rq.n, rl.score3],
    [rq.score, rl.diff],
    [rl.score2, rl.diff],
    [rq.score, rl.scaled],
    ...Array.from({ length: pairs }, (_, i) => [
      [rl.dist, rl.share(i)] as const,
      [rq.theta(i), rl.share(i)] as const,
      [rl.share(i), rq.score] as const,
      [rl.share(i), rl.score2] as const,
      [rl.shift, rl.turn(i)] as const,
      [rq.theta(i), rl.turn(i)] as const,
    ]).flat(),
  ]);
}

/** Quantity ids of the cache step, by cache row t: its position, its cached key (every entry), max |Δ| against recomputing, the newest q·k/√d. */
export const cq = {
  pos: (t: number): string => `rope.cpos.${t}`,
  key: (t: number): string => `rope.ckey.${t}`,
  vs: (t: number): string => `rope.cvs.${t}`,
  score: (t: number): string => `rope.cscore.${t}`,
  extra: 'rope.extra',
  rotations: 'rope.rotations',
} as const;

/**
 * The cache step's graph for `rows` cached rows, the newest last: row t's position → the rotation stored in its
 * key (R(n_t)·W_k x_t, nothing else's position) → its check against recomputing and its score with the newest
 * query, which the newest position turns too; the tokens decoded → the rows → the rotations the next step needs.
 */
export function cacheLinks(rows: number): LinkGraph {
  const newest = rows - 1;
  return linkGraph([
    ...Array.from({ length: rows }, (_, t) => [
      [cq.pos(t), cq.key(t)] as const,
      [cq.key(t), cq.vs(t)] as const,
      [cq.key(t), cq.score(t)] as const,
      ...(t === newest ? [] : [[cq.pos(newest), cq.score(t)] as const]),
    ]).flat(),
    [cq.extra, cq.rotations],
  ]);
}

/** Quantity ids of the decode-loop steps (wrong-position, fix), by decode step s (1-based) and top-5 rank k. */
export const bq = {
  T: 'rope.T',
  /** Position i of a row in the cache (the stage's row numbers): the rows make T. */
  row: (i: number): string => `rope.brow.${i}`,
  /** The position rule picked (the radios), the \`pos=…\` it writes in the loop's code, the "tokens to generate" N. */
  rule: 'rope.rule',
  code: 'rope.code',
  gen: 'rope.gen',
  /** The right loop's words in one sentence (shown before the guess on wrong-position). */
  rightWords: 'rope.rightwords',
  right: (s: number): string => `rope.pright.${s}`,
  wrong: (s: number): string => `rope.pwrong.${s}`,
  kl: (s: number): string => `rope.kl.${s}`,
  /** The word each loop writes at step s, and how many of the steps' words differ. */
  rightWord: (s: number): string => `rope.wright.${s}`,
  wrongWord: (s: number): string => `rope.wwrong.${s}`,
  differ: 'rope.differ',
  maxKl: 'rope.maxkl',
  topRight: (k: number): string => `rope.topr.${k}`,
  topWrong: (k: number): string => `rope.topw.${k}`,
  check: 'rope.check',
} as const;

/**
 * The decode loop's graph for `gen` steps, the top-5 shown at step `at`, under rule `mode`: T → the right position
 * T + s (and the off-by-one T − 1 + s; position 0 comes from nothing); every position fed up to step s (the right
 * one and the rule's) → that step's two distributions → their KL divergence → the largest, and → the word each
 * loop writes there → how many words differ; the right positions → the check against recomputing without a
 * cache. A step's first position (s = 1) is the prefill's, not shown.
 */
export function bugLinks(gen: number, at: number, mode: 'right' | 'zero' | 'off-by-one', tops = 5, rows = 0): LinkGraph {
  const steps = Array.from({ length: gen }, (_, i) => i + 1);
  const fed = (s: number) => steps.filter((x) => x >= 2 && x <= s); // steps whose fed position is shown
  const ranks = Array.from({ length: tops }, (_, k) => k);
  return linkGraph([
    // Before any result: the cache's rows make T; T and N make the right loop's words; the rule writes the code's
    // pos=…, which gives every new token its position in the rule's loop; N is how many words the count is out of.
    ...Array.from({ length: rows }, (_, i) => [bq.row(i), bq.T] as const),
    [bq.T, bq.rightWords],
    [bq.gen, bq.rightWords],
    [bq.rule, bq.code],
    ...fed(gen).map((s) => [bq.code, bq.wrong(s)] as const),
    [bq.gen, bq.differ],
    ...fed(gen).flatMap((s) => [[bq.T, bq.right(s)] as const, ...(mode === 'zero' ? [] : [[bq.T, bq.wrong(s)] as const]), [bq.right(s), bq.check] as const]),
    ...steps.flatMap((s) => [
      ...fed(s).flatMap((x) => [[bq.right(x), bq.kl(s)] as const, [bq.wrong(x), bq.kl(s)] as const, [bq.right(x), bq.rightWord(s)] as const, [bq.wrong(x), bq.wrongWord(s)] as const]),
      [bq.kl(s), bq.maxKl] as const,
      [bq.rightWord(s), bq.differ] as const,
      [bq.wrongWord(s), bq.differ] as const,
    ]),
    ...fed(at).flatMap((x) => ranks.flatMap((k) => [[bq.right(x), bq.topRight(k)] as const, [bq.wrong(x), bq.topWrong(k)] as const])),
    ...ranks.flatMap((k) => [[bq.topRight(k), bq.kl(at)] as const, [bq.topWrong(k), bq.kl(at)] as const]),
  ]);
}

/** Quantity ids of the rerotate step: positions p, p′ and Δ, pair i's turn Δ·θᵢ, entry j of the cached, moved and computed keys and their difference. */
export const mq = {
  from: 'rope.from',
  to: 'rope.to',
  delta: 'rope.delta',
  turn: (i: number): string => `rope.mturn.${i}`,
  cached: (j: number): string => `rope.kc.${j}`,
  moved: (j: number): string => `rope.km.${j}`,
  computed: (j: number): string => `rope.kp.${j}`,
  diff: (j: number): string => `rope.kd.${j}`,
  max: 'rope.maxdiff',
  whole: 'rope.whole',
} as const;

/**
 * The rerotate step's graph for a key of `hd` entries: p′, p → Δ; Δ and θᵢ → the turn Δ·θᵢ → both entries of
 * pair i of the moved key, which also come from both entries of the cached pair (a rotation mixes the pair,
 * src/core/model/rope.ts); p → the cached key, p′ and θᵢ → the key computed at p′; moved and computed entry j →
 * their difference → the largest; Δ → the whole-sentence check.
 */
export function moveLinks(hd: number): LinkGraph {
  const pairs = Array.from({ length: hd / 2 }, (_, i) => i);
  return linkGraph([
    [mq.from, mq.delta],
    [mq.to, mq.delta],
    [mq.delta, mq.whole],
    ...pairs.flatMap((i) => {
      const js = [2 * i, 2 * i + 1];
      return [
        [mq.delta, mq.turn(i)] as const,
        [rq.theta(i), mq.turn(i)] as const,
        ...js.flatMap((j) => [
          [mq.from, mq.cached(j)] as const,
          [mq.turn(i), mq.moved(j)] as const,
          ...js.map((x) => [mq.cached(x), mq.moved(j)] as const),
          [mq.to, mq.computed(j)] as const,
          [rq.theta(i), mq.computed(j)] as const,
          [mq.moved(j), mq.diff(j)] as const,
          [mq.computed(j), mq.diff(j)] as const,
          [mq.diff(j), mq.max] as const,
        ]),
      ];
    }),
  ]);
}
