/**
 * Linked highlighting in the real-model chapter (src/lesson/links.ts): which number on a step feeds which.
 * The stage's token rows (rm.tok.i) take part on every step. Dependencies follow the maths the chapter
 * runs: derive.ts (cache size 2·L·n_kv·d_head·b per token, the memory chapter's formula; softmax of the
 * logits; RoPE angles position·θᵢ) and the model's forward pass (src/core/model/forward.ts: in layer 0 a
 * token's q, k, v come from that token alone; from layer 1 on, from it and every token before it).
 */
import { feeds, type LinkGraph, linkGraph, type QuantityId, softmaxEdges } from '../links';

/** Quantity ids of the real-model chapter. */
export const mq = {
  /** Token i on the stage (one row of the cache in every layer and K/V head). */
  tok: (i: number): QuantityId => `rm.tok.${i}`,
  /** Tokens in the cache, T. */
  T: 'rm.T',
  /** The model's layers L, query heads H, K/V heads n_kv, head size d_head; bytes per cached number b. */
  L: 'rm.L',
  H: 'rm.H',
  KV: 'rm.KV',
  hd: 'rm.hd',
  b: 'rm.b',
  /** Numbers one token adds to the cache, its bytes, and the whole cache's bytes. */
  perToken: 'rm.n',
  perTokenBytes: 'rm.nbytes',
  bytes: 'rm.bytes',
  /** Row i of the cache: its stripe in every layer's and K/V head's picture, its numbers in the table. */
  row: (i: number): QuantityId => `rm.row.${i}`,
  /** next-token: the chosen word's logit z, the largest logit, temperature t, seed, Σ, word id's probability, the pick. */
  z: 'rm.z',
  zMax: 'rm.zmax',
  t: 'rm.t',
  seed: 'rm.seed',
  sum: 'rm.sum',
  p: (id: number): QuantityId => `rm.p.${id}`,
  pick: 'rm.pick',
  /** no-cache: multiply-adds with and without the cache and their ratio; the same for measured time. */
  macsOn: 'rm.macs-on',
  macsOff: 'rm.macs-off',
  macsRatio: 'rm.macs-ratio',
  timeOn: 'rm.time-on',
  timeOff: 'rm.time-off',
  timeRatio: 'rm.time-ratio',
  /** rope: the followed token's position, pair i's θᵢ, angle, key pair before and after, the row's drift, the rotations avoided. */
  pos: 'rm.pos',
  theta: (i: number): QuantityId => `rm.theta.${i}`,
  angle: (i: number): QuantityId => `rm.angle.${i}`,
  before: (i: number): QuantityId => `rm.kb.${i}`,
  after: (i: number): QuantityId => `rm.ka.${i}`,
  drift: 'rm.drift',
  rotations: 'rm.rot',
  /** to-worked: q of the last token, k and v of token i. */
  wq: 'rm.wq',
  wk: (i: number): QuantityId => `rm.wk.${i}`,
  wv: (i: number): QuantityId => `rm.wv.${i}`,
} as const;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every token → the count T: each occupies one cache row. */
const tokensCount = (T: number) => range(T).map((i) => [mq.tok(i), mq.T] as const);

/** meet: L, n_kv, d_head → the numbers one token adds (2·L·n_kv·d_head) → its bytes (× b). H feeds nothing: K and V are per K/V head. */
export function meetLinks(T: number): LinkGraph {
  return linkGraph([...tokensCount(T), ...feeds([mq.L, mq.KV, mq.hd], [mq.perToken]), ...feeds([mq.perToken, mq.b], [mq.perTokenBytes])]);
}

/**
 * next-token for a sentence of T tokens, the top words `top` (ids) and the chosen one: the tokens → the logits
 * (the chosen word's z, the largest, every word's share of Σ) → the probabilities softmax(z/t) → the pick (the
 * largest when greedy; drawn with the seed when sampling).
 */
export function nextLinks(T: number, top: readonly number[], chosen: number, sampling: boolean): LinkGraph {
  return linkGraph([
    ...tokensCount(T),
    ...feeds(range(T).map(mq.tok), [mq.z, mq.zMax, mq.sum]),
    ...feeds([mq.zMax, mq.t], [mq.sum]),
    ...feeds([mq.z, mq.zMax, mq.t], [mq.p(chosen)]),
    ...feeds([mq.sum], top.map(mq.p)),
    ...feeds(top.map(mq.p), [mq.pick]),
    ...(sampling ? [[mq.seed, mq.pick] as const] : []),
  ]);
}

/**
 * generate, T rows in the cache: token i → its row in every layer and K/V head → T → the cache's bytes, with the
 * numbers per token 2·L·n_kv·d_head (× b bytes); every row → the probability of the word chosen next (`next`, its
 * id; attention reads every cached row) → that word. No next word (the generation is done): next = null.
 */
export function generateLinks(T: number, next: number | null = null): LinkGraph {
  return linkGraph([
    ...range(T).flatMap((i) => [[mq.tok(i), mq.row(i)] as const, [mq.row(i), mq.T] as const, ...(next === null ? [] : [[mq.row(i), mq.p(next)] as const])]),
    ...(next === null ? [] : [[mq.p(next), mq.pick] as const]),
    ...feeds([mq.L, mq.KV, mq.hd], [mq.perToken]),
    ...feeds([mq.perToken, mq.b], [mq.perTokenBytes]),
    ...feeds([mq.perTokenBytes, mq.T], [mq.bytes]),
  ]);
}

/**
 * attention over T tokens (the heatmap named `map`): token i is query row i and key column i of the map. The map's
 * weights are a causal softmax per row: every key column j ≤ i feeds row i's sum `map.sum.i`, which feeds each
 * weight (i, j ≤ i) — a weight comes from every key its row reads, not only its own column.
 */
export function attentionLinks(T: number, map: string): LinkGraph {
  const softmax = range(T).flatMap((i) =>
    softmaxEdges(
      range(i + 1).map((j) => `${map}.c.${j}`),
      range(i + 1).map((j) => `${map}.${i}.${j}`),
      `${map}.sum.${i}`,
    ),
  );
  return linkGraph([...tokensCount(T), ...range(T).flatMap((i) => [[mq.tok(i), `${map}.r.${i}`] as const, [mq.tok(i), `${map}.c.${i}`] as const]), ...softmax]);
}

/** no-cache, T tokens generated through: every token's pass costs multiply-adds both ways (one row with the cache, the whole prefix without); both → the ratio; likewise the times. */
export function noCacheLinks(T: number): LinkGraph {
  return linkGraph([
    ...tokensCount(T),
    ...feeds(range(T).map(mq.tok), [mq.macsOn, mq.macsOff]),
    ...feeds([mq.macsOn, mq.macsOff], [mq.macsRatio]),
    ...feeds([mq.timeOn, mq.timeOff], [mq.timeRatio]),
  ]);
}

/**
 * rope, T tokens, following token `token`, pairs = d_head / 2: the token → its position → every angle
 * position·θᵢ (θᵢ too) → pair i after RoPE (from pair i before) → the row's drift (after vs the row in the final
 * cache); T → the rotations caching before RoPE would cost.
 */
export function ropeLinks(T: number, token: number, pairs: number): LinkGraph {
  return linkGraph([
    ...tokensCount(T),
    [mq.tok(token), mq.pos],
    [mq.T, mq.rotations],
    ...range(pairs).flatMap((i) => [
      [mq.pos, mq.angle(i)] as const,
      [mq.theta(i), mq.angle(i)] as const,
      [mq.angle(i), mq.after(i)] as const,
      [mq.before(i), mq.after(i)] as const,
      [mq.after(i), mq.drift] as const,
    ]),
  ]);
}

/**
 * to-worked, the running example's T tokens, layer `layer`: k and v of token i come from token i in layer 0
 * and from tokens 0..i after it (attention mixes earlier tokens in); q of the last token likewise.
 */
export function workedLinks(T: number, layer: number): LinkGraph {
  const sources = (i: number) => (layer === 0 ? [i] : range(i + 1));
  return linkGraph([
    ...tokensCount(T),
    ...range(T).flatMap((i) => feeds(sources(i).map(mq.tok), [mq.wk(i), mq.wv(i)])),
    ...feeds(sources(T - 1).map(mq.tok), [mq.wq]),
  ]);
}
