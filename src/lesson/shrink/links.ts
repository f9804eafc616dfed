/**
 * Quantity ids of chapter `shrink` and which feeds which, for linked highlighting (src/lesson/links.ts).
 * Token j of the text is `sh.tok.j` (its chip on the stage); at the selected position t:
 *   tok.j ─→ row.j (j ≤ t: its K/V row, ● kept / ○ evicted per head) ─(kept)→ p̂ ─┐
 *   B, S, policy ─→ row.j (j < t: which rows the policy keeps; the newest row is always read)   ├→ KL → mean KL
 *   tok.j (j ≤ t) ─→ p (the full cache reads every row) ─────────────────────────────────────┘    (T positions)
 * H2O: token j's accumulated attention in layer ℓ, K/V head g (summed over queries u ≤ t) → row.j it keeps.
 * Quantization: x (one group) → min, max → step s (with b bits) → code c = round((x − min)/s) → x̂ = min + c·s;
 * bits, each axis and the block → each layer's error → p̂; bits, axes, block, T → bytes → share → bits per number.
 * Edges follow src/core/model/evict.ts, src/core/quantize.ts and src/core/model/quantRun.ts.
 */
import type { Model } from '../../core/model';
import { BITS, type ShrinkState } from './model';
import { h2oScores, type QuantView, quantView, type StripView } from './derive';
import { feeds, type LinkGraph, linkGraph, type QuantityId } from '../links';

/** Quantity ids of chapter `shrink` (t = position in the text from 0; layer and head from 0). */
export const sq = {
  /** Token t of the text: its chip on the stage (and "position t" in the detail line when selected). */
  tok: (t: number): QuantityId => `sh.tok.${t}`,
  /** Token t's K/V row in the cache read at the selected position (the chip's dots, one per layer × K/V head). */
  row: (t: number): QuantityId => `sh.row.${t}`,
  /** How token t's row is stored in a quantized cache (the chip's "16" while its per-channel block is incomplete). */
  stored: (t: number): QuantityId => `sh.stored.${t}`,
  /** The full cache's top word and its probability p at the selected position (detail line; p(w) in the formula). */
  full: 'sh.full',
  /** The shrunk cache's top word and its probability at the selected position. */
  shrunk: 'sh.shrunk',
  /** p̂(w): the shrunk cache's probability of the full cache's top word. */
  phat: 'sh.phat',
  /** KL(p ‖ p̂) at the selected position, nats. */
  kl: 'sh.kl',
  /** Mean KL over the text's positions, and the positions whose top word is unchanged. */
  mean: 'sh.mean',
  agree: 'sh.agree',
  /** Tokens of the text T, of the prompt P, generated G; the full cache's bytes and the model's sizes in its formula. */
  T: 'sh.T',
  P: 'sh.P',
  G: 'sh.G',
  /** The "tokens to generate" input (G is what fitted the context). */
  gen: 'sh.gen',
  bytes: 'sh.bytes',
  layers: 'sh.L',
  kvHeads: 'sh.nkv',
  headDim: 'sh.hd',
  /** At the selected position: rows each K/V head reads, of all rows so far; their bytes, and the full cache's. */
  keptRows: 'sh.keptrows',
  allRows: 'sh.allrows',
  keptBytes: 'sh.keptbytes',
  allBytes: 'sh.allbytes',
  /** Inputs: budget B, sinks S, positions within the cache, the policy drawn, bits, the scales' axes, the block. */
  budget: 'sh.B',
  sinks: 'sh.S',
  renumber: 'sh.renumber',
  policy: 'sh.policy',
  bits: 'sh.bits',
  kAxis: 'sh.kaxis',
  vAxis: 'sh.vaxis',
  block: 'sh.block',
  /** H2O's accumulated attention of token t in layer `layer`, K/V head `head`, at the selected position. */
  score: (layer: number, head: number, t: number): QuantityId => `sh.score.${layer}.${head}.${t}`,
  /** Quantized cache: bytes stored, bytes at 16 bits, their share, bits per number with the scales. */
  qBytes: 'sh.qbytes',
  fp16: 'sh.fp16',
  share: 'sh.share',
  perNumber: 'sh.perbits',
  /** Reconstruction error of layer `layer`'s keys ('k') or values ('v'); the largest |x − x̂| and its bound. */
  err: (layer: number, kind: 'k' | 'v'): QuantityId => `sh.err.${layer}.${kind}`,
  maxAbs: 'sh.maxabs',
  bound: 'sh.bound',
  /** The worked group: its numbers x_i, min, max, step s, codes c_i, read back x̂_i, and s/2. */
  x: (i: number): QuantityId => `sh.gx.${i}`,
  min: 'sh.gmin',
  max: 'sh.gmax',
  step: 'sh.gstep',
  code: (i: number): QuantityId => `sh.gc.${i}`,
  restored: (i: number): QuantityId => `sh.gr.${i}`,
  half: 'sh.ghalf',
  /** Bits per number, scales included, of a storage scheme at b bits (KIVI step's table and formula). */
  bpn: (scheme: 'kivi' | 'token' | 'channel', bits: string | number): QuantityId => `sh.bpn.${scheme}.${bits}`,
  /** Bits per number of one complete per-channel block, b + 32/block (the KIVI step's formula; the table adds the 16-bit residual). */
  blockBits: 'sh.blockbits',
} as const;

type Edge = readonly [QuantityId, QuantityId];

/** How the stage's strip draws the cache: the full cache, rows kept or evicted, or every row quantized. */
export type StripLinkMode = 'full' | 'evict' | 'quant';

/**
 * The strip's links: every token counts in T; tokens up to the selected position t feed the full cache's
 * prediction; with eviction token j feeds its row, the position t decides every row, and only kept rows
 * (kept by at least one layer × K/V head) feed the shrunk prediction; quantized, every row up to t does.
 */
export function stripEdges(view: StripView, mode: StripLinkMode): Edge[] {
  const { at } = view;
  const upTo = view.tokens.filter((tk) => tk.t <= at);
  const edges: Edge[] = view.tokens.map((tk) => [sq.tok(tk.t), sq.T] as const);
  for (const tk of upTo) edges.push([sq.tok(tk.t), sq.full]);
  if (mode === 'evict') {
    for (const tk of upTo) {
      edges.push([sq.tok(tk.t), sq.row(tk.t)]);
      if (tk.t !== at) edges.push([sq.tok(at), sq.row(tk.t)]);
      if (tk.kept?.some(Boolean)) edges.push([sq.row(tk.t), sq.shrunk], [sq.row(tk.t), sq.phat]);
    }
  }
  if (mode === 'quant') for (const tk of upTo) edges.push([sq.tok(tk.t), sq.shrunk], [sq.tok(tk.t), sq.phat]);
  if (mode !== 'full') {
    edges.push(...feeds([sq.full, sq.shrunk, sq.phat], [sq.kl]), [sq.kl, sq.mean], ...feeds([sq.full, sq.shrunk], [sq.agree]), ...feeds([sq.T], [sq.mean, sq.agree]));
  }
  return edges;
}

/** The text step: the prompt's and the generated tokens make T; T and the model's sizes make the full cache's bytes. */
export function textLinks(view: StripView): LinkGraph {
  return linkGraph([...stripEdges(view, 'full'), [sq.gen, sq.G], ...feeds([sq.P, sq.G], [sq.T]), ...feeds([sq.T, sq.layers, sq.kvHeads, sq.headDim], [sq.bytes])]);
}

/** What else decides the kept rows on an eviction step (the budget always does; the sinks step adds S, the budget step the policy). */
export interface EvictInputs {
  sinks?: boolean;
  policy?: boolean;
  /** H2O's heavy hitters at the selected position, per layer and K/V head (derive.h2oScores). */
  heavy?: readonly { layer: number; head: number; rows: readonly { t: number; heavy: boolean }[] }[];
}

/**
 * An eviction step: the strip's links, and B (with S or the policy) deciding every past row at the selected
 * position (the newest row is always read). The sinks step's positions within the cache change the prediction,
 * not the rows. H2O: each heavy hitter's score comes from its token and the position (queries u ≤ t), and
 * keeps its row.
 */
export function evictLinks(view: StripView, inputs: EvictInputs = {}): LinkGraph {
  const past = view.tokens.filter((tk) => tk.t < view.at).map((tk) => sq.row(tk.t));
  const deciders = [sq.budget, ...(inputs.sinks ? [sq.sinks] : []), ...(inputs.policy ? [sq.policy] : [])];
  // The deciders also feed the prediction directly: evicting every past row (B = 1) changes it too.
  const edges: Edge[] = [...stripEdges(view, 'evict'), ...feeds(deciders, [...past, sq.shrunk, sq.phat])];
  // How much is kept: only the rows read (kept by some layer × K/V head, as keptSize counts them) and what decides
  // them (B, S, the policy, the position); an evicted row adds nothing. The position sets how many rows there are so far.
  const kept = view.tokens.filter((tk) => tk.t <= view.at && tk.kept?.some(Boolean)).map((tk) => sq.row(tk.t));
  edges.push(...feeds([...kept, ...deciders, sq.tok(view.at)], [sq.keptRows]), [sq.keptRows, sq.keptBytes], [sq.tok(view.at), sq.allRows], [sq.allRows, sq.allBytes]);
  if (inputs.sinks) edges.push(...feeds([sq.renumber], [sq.shrunk, sq.phat]));
  for (const h of inputs.heavy ?? []) {
    for (const r of h.rows.filter((x) => x.heavy)) {
      const s = sq.score(h.layer, h.head, r.t);
      edges.push([sq.tok(r.t), s], [sq.tok(view.at), s], [s, sq.row(r.t)]);
    }
  }
  return linkGraph(edges);
}

/** The axes and block a storage uses (the block matters only where a scale is per channel). */
type Scheme = { kAxis: 'token' | 'channel'; vAxis: 'token' | 'channel' };

/**
 * How each row is stored: from its token, the axes and (per channel) the block, which decides whether the row
 * is still in 16 bits (runQuantized: a per-channel block is stored when its last row arrives); rows up to the
 * selected position are read by the prediction (later rows never are: the run is causal).
 */
function storedEdges(view: StripView, s: Scheme): Edge[] {
  const channel = s.kAxis === 'channel' || s.vAxis === 'channel';
  return view.tokens.flatMap((tk) => {
    const id = sq.stored(tk.t);
    const from = [sq.tok(tk.t), sq.kAxis, sq.vAxis, ...(channel ? [sq.block] : [])];
    return [...feeds(from, [id]), ...(tk.t <= view.at ? feeds([id], [sq.shrunk, sq.phat]) : [])];
  });
}

/**
 * The quantize step: bits, the keys' and values' axes and the block → each layer's error (and the largest error
 * and its bound) → the stored cache read by the prediction; the same inputs and T → bytes → share → bits per
 * number; the worked group's x → min, max → step → codes → read back, its numbers taken from the selected token
 * (its row per token, or channel 1 of the tokens in its block per channel).
 */
export function quantLinks(view: StripView, q: QuantView, s: Scheme): LinkGraph {
  const channel = s.kAxis === 'channel' || s.vAxis === 'channel';
  const storage = [sq.bits, sq.kAxis, sq.vAxis, ...(channel ? [sq.block] : [])];
  const edges: Edge[] = [...stripEdges(view, 'quant'), ...storedEdges(view, s), ...feeds([...storage, sq.T], [sq.qBytes]), [sq.T, sq.fp16], ...feeds([sq.qBytes, sq.fp16], [sq.share]), [sq.share, sq.perNumber]];
  edges.push(...feeds(storage, [sq.bound]));
  for (const e of q.errors) {
    const id = sq.err(e.layer, e.kind);
    const axis = e.kind === 'k' ? s.kAxis : s.vAxis;
    edges.push([sq.bits, id], [e.kind === 'k' ? sq.kAxis : sq.vAxis, id], ...(axis === 'channel' ? [[sq.block, id] as const] : []));
    edges.push(...feeds([id], [sq.maxAbs, sq.shrunk, sq.phat]));
  }
  const ex = q.example;
  if (ex) {
    const n = ex.values.length;
    const xs = Array.from({ length: n }, (_, i) => sq.x(i));
    for (let i = 0; i < n; i++) {
      edges.push([sq.tok(ex.axis === 'token' ? ex.t : ex.first + i), sq.x(i)], [sq.vAxis, sq.x(i)]);
      if (ex.axis === 'channel') edges.push([sq.block, sq.x(i)]);
      edges.push(...feeds([sq.x(i), sq.min, sq.step], [sq.code(i)]), ...feeds([sq.min, sq.code(i), sq.step], [sq.restored(i)]));
    }
    edges.push(...feeds(xs, [sq.min, sq.max]), ...feeds([sq.min, sq.max, sq.bits], [sq.step]), [sq.step, sq.half]);
  }
  return linkGraph(edges);
}

/**
 * The KIVI step: the strip's links (the block decides the stored cache where a scale is per channel), and bits
 * per number at every b: per token b + 32/d_h; per channel b + 32/block over the complete blocks, the rest of the
 * T tokens in 16 bits; KIVI's (keys per channel, values per token) their mean. The formula works the state's b.
 */
export function kiviLinks(view: StripView, s: Scheme & { bits: string }): LinkGraph {
  const edges: Edge[] = [...stripEdges(view, 'quant'), ...storedEdges(view, s), [sq.block, sq.blockBits], [sq.blockBits, sq.bpn('channel', s.bits)]];
  for (const b of BITS) {
    edges.push([sq.headDim, sq.bpn('token', b)], ...feeds([sq.block, sq.T], [sq.bpn('channel', b)]), ...feeds([sq.bpn('token', b), sq.bpn('channel', b)], [sq.bpn('kivi', b)]));
  }
  return linkGraph(edges);
}

/** The link graph of step `stepId` for the state and the stage's strip (what ShrinkView passes to StepLayout). */
export function shrinkLinks(model: Model, stepId: string, s: ShrinkState, view: StripView): LinkGraph {
  switch (stepId) {
    case 'text':
      return textLinks(view);
    case 'window':
      return evictLinks(view);
    case 'sinks':
      return evictLinks(view, { sinks: true });
    case 'h2o':
      return evictLinks(view, { heavy: h2oScores(model, s) });
    case 'budget':
      return evictLinks(view, { policy: true });
    case 'quantize':
      return quantLinks(view, quantView(model, s), s);
    default:
      return kiviLinks(view, s);
  }
}
