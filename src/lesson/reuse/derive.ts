/**
 * What the reuse chapter shows, asked of the core: the full prefill (the reference), prefix caching, naive
 * reuse and CacheBlend on the reader's prompt, each with its next-token distribution, how far its cache is from
 * the full prefill's (per layer and token), and its multiply-adds as a share of the full prefill's.
 */
import {
  blendMacs,
  cacheBlend,
  chunkCaches,
  fullPrefill,
  kvDeviation,
  logitShift,
  longestPrefix,
  type Model,
  type ModelCache,
  naiveReuse,
  prefillMacs,
  prefixCachedRun,
  probabilities,
  type RowDeviation,
  suffixMacs,
} from '../../core/model';
import type { BlendMask } from './model';
import type { Prompt } from './prompt';

/** A next-token distribution and how far it is from the full prefill's. */
export interface NextView {
  /** Probabilities over the vocabulary, (V). */
  probs: number[];
  /** Most likely token id. */
  top: number;
  /** KL(full ‖ this) in nats (0 for the full prefill itself). */
  kl: number;
  /** Same most likely token as the full prefill. */
  sameTop1: boolean;
}

function nextView(reference: readonly number[], logits: readonly number[]): NextView {
  const probs = probabilities(logits);
  const shift = logitShift(reference, logits);
  return { probs, top: probs.indexOf(Math.max(...probs)), kl: shift.kl, sameTop1: shift.sameTop1 };
}

/** The full prefill, prefix caching and naive reuse of one prompt. */
export interface BaseRuns {
  full: NextView;
  /** Prefix caching: context tokens whose cached rows are reused (a prefix), its next token (= the full prefill's) and cost share. */
  prefix: { reused: number; next: NextView; macsShare: number };
  /** Naive reuse: per layer and context token, how far K and V are from the full prefill, (nLayers) × (N); its next token and cost share. */
  naive: { dev: RowDeviation[][]; next: NextView; macsShare: number };
  /** Logits of the full prefill, (V): the reference every other run is compared with. */
  reference: number[];
  /** The full prefill's cache (T rows) and each chunk's own cache, kept for the CacheBlend runs. */
  fullCache: ModelCache;
  caches: ModelCache[];
}

/** Runs the full prefill, prefix caching (store = each chunk computed alone) and naive reuse on the prompt. */
export function baseRuns(model: Model, p: Prompt): BaseRuns {
  const ids = p.tokens.map((t) => t.id);
  const full = fullPrefill(model, p.chunks, p.question);
  const reference = full.logits;
  const caches = chunkCaches(model, p.chunks);
  const reused = Math.min(longestPrefix(p.chunks, ids).length, p.T - 1);
  const prefix = prefixCachedRun(model, p.chunks, ids);
  const naive = naiveReuse(model, p.chunks, p.question, caches);
  const total = prefillMacs(model.config, p.T);
  const rows = Array.from({ length: p.N }, (_, t) => t);
  return {
    full: nextView(reference, reference),
    prefix: { reused, next: nextView(reference, prefix.logits), macsShare: suffixMacs(model.config, reused, p.T) / total },
    naive: { dev: kvDeviation(naive.cache, full.cache, rows), next: nextView(reference, naive.logits), macsShare: suffixMacs(model.config, p.N, p.T) / total },
    reference,
    fullCache: full.cache,
    caches,
  };
}

/** CacheBlend on the prompt at one r. */
export interface BlendView {
  /** r as asked (whole percent) and the context tokens it recomputes, ⌊r·N⌋. */
  ratio: number;
  count: number;
  /** Recomputed context rows, ascending; the check layer's score of every context row, (N). */
  selected: number[];
  score: number[];
  checkLayer: number;
  /** Rows that run as queries from the check layer on (selected + question), and which keys each sees, (S, T). */
  queries: number[];
  visible: boolean[][];
  /** Per layer and context token, how far the blended K and V are from the full prefill, (nLayers) × (N). */
  dev: RowDeviation[][];
  next: NextView;
  macsShare: number;
}

/** CacheBlend on the prompt with r = ratio % (0..100) and the given mask. */
export function blendRun(model: Model, p: Prompt, base: BaseRuns, ratio: number, mask: BlendMask): BlendView {
  const b = cacheBlend(model, p.chunks, p.question, { ratio: ratio / 100, mask }, base.caches);
  const rows = Array.from({ length: p.N }, (_, t) => t);
  return {
    ratio,
    count: b.selected.length,
    selected: b.selected,
    score: b.score,
    checkLayer: b.checkLayer,
    queries: b.queries,
    visible: b.visible,
    dev: kvDeviation(b.cache, base.fullCache, rows),
    next: nextView(base.reference, b.logits),
    macsShare: blendMacs(model.config, p.T, b.checkLayer, b.visible) / prefillMacs(model.config, p.T),
  };
}

/** Mean relative deviation of K and V over the layers after the first and all context tokens: one number per cache. */
export function meanDeviation(dev: readonly (readonly RowDeviation[])[]): number {
  const rows = dev.slice(1).flat();
  if (rows.length === 0) return 0;
  return rows.reduce((s, d) => s + (d.kRel + d.vRel) / 2, 0) / rows.length;
}

/** One point of the r curve: k of N context tokens recomputed. */
export interface CurvePoint {
  k: number;
  /** k / N. */
  share: number;
  /** KL(full ‖ blend) and the mean relative K/V deviation, with each mask. */
  kl: Record<BlendMask, number>;
  dev: Record<BlendMask, number>;
  sameTop1: Record<BlendMask, boolean>;
  /** Multiply-adds as a share of the full prefill's (the same for both masks up to the keys each query sees). */
  macsShare: number;
}

/** CacheBlend for every k = 0..N (r = k/N), with both masks: the trade-off between recomputation and error. */
export function blendCurve(model: Model, p: Prompt, base: BaseRuns): CurvePoint[] {
  const rows = Array.from({ length: p.N }, (_, t) => t);
  const total = prefillMacs(model.config, p.T);
  return Array.from({ length: p.N + 1 }, (_, k) => {
    const run = (mask: BlendMask) => cacheBlend(model, p.chunks, p.question, { ratio: k / p.N, mask }, base.caches);
    const br = run('bottom-right');
    const ca = run('causal');
    const shiftBr = logitShift(base.reference, br.logits);
    const shiftCa = logitShift(base.reference, ca.logits);
    return {
      k,
      share: k / p.N,
      kl: { 'bottom-right': shiftBr.kl, causal: shiftCa.kl },
      dev: { 'bottom-right': meanDeviation(kvDeviation(br.cache, base.fullCache, rows)), causal: meanDeviation(kvDeviation(ca.cache, base.fullCache, rows)) },
      sameTop1: { 'bottom-right': shiftBr.sameTop1, causal: shiftCa.sameTop1 },
      macsShare: blendMacs(model.config, p.T, br.checkLayer, br.visible) / total,
    };
  });
}

/** The smallest k whose run (and every larger one) keeps the full prefill's top token with KL below `kl`: the recomputation needed. */
export function recoveredAt(curve: readonly CurvePoint[], mask: BlendMask, kl = 0.05): number {
  let k = curve.length - 1;
  for (let i = curve.length - 1; i >= 0; i--) {
    if (!(curve[i].sameTop1[mask] && curve[i].kl[mask] < kl)) break;
    k = i;
  }
  return curve[k].k;
}

/** The next-token distribution of a method: the full prefill's, prefix caching's, naive reuse's or CacheBlend's at the current r. */
export function nextOf(method: 'full' | 'prefix' | 'naive' | 'blend', base: BaseRuns, blend: BlendView): NextView {
  return method === 'prefix' ? base.prefix.next : method === 'naive' ? base.naive.next : method === 'blend' ? blend.next : base.full;
}

/** Words whose bars are compared: the union of each distribution's top `k` ids, ordered by the full prefill's probability. */
export function comparedIds(full: NextView, others: readonly NextView[], k = 3): number[] {
  const top = (v: NextView) =>
    v.probs
      .map((p, id) => ({ p, id }))
      .sort((a, b) => b.p - a.p || a.id - b.id)
      .slice(0, k)
      .map((e) => e.id);
  const ids = [...new Set([full, ...others].flatMap(top))];
  return ids.sort((a, b) => full.probs[b] - full.probs[a] || a - b);
}
