/**
 * The reuse chapter's formulas, from the numbers on screen (same digits as the panels). Words the reader typed
 * go through texText; no prose inside TeX.
 */
import { texInt, texNum, texText } from '../format';
import { texLink } from '../links';
import { uq } from './links';
import type { BaseRuns, BlendView, NextView } from './derive';
import type { Prompt } from './prompt';

const pct = (share: number) => `${texNum(share * 100, 1)}\\%`;
const word = (model: { vocab: readonly string[] }, id: number) => texText(model.vocab[id]);

/** Names of the methods in the page's language, for subscripts (\\text{} after escaping). */
export interface MethodNames {
  full: string;
  prefix: string;
  blend: string;
}

/** The prompt's length and the full prefill's answer: T = N + Q, p(x) for its most likely next token x. */
export function promptTex(model: { vocab: readonly string[] }, p: Prompt, full: NextView): string {
  const n = texLink(uq.N, texInt(p.N));
  const q = texLink(uq.Q, texInt(p.question.length));
  return `T = N + Q = ${n} + ${q} = ${texLink(uq.T, texInt(p.T))} \\qquad p(${word(model, full.top)}) = ${texLink(uq.p('full', full.top), texNum(full.probs[full.top]))}`;
}

/** Prefix caching's cost: p reused rows, the other T − p tokens computed, as a share of a full prefill's multiply-adds. */
export function prefixTex(p: Prompt, base: BaseRuns, names: MethodNames): string {
  const reused = base.prefix.reused;
  return `p = ${texLink(uq.reused, texInt(reused))},\\; T - p = ${texLink(uq.rest, texInt(p.T - reused))} \\qquad C_{${texText(names.prefix)}} / C_{${texText(names.full)}} = ${texLink(uq.cost('prefix'), pct(base.prefix.macsShare))}`;
}

/** Naive reuse: a cached key moved to its place in the prompt (offset o_c of its chunk), and the deviation the maps print (k = the full prefill's key). */
export function naiveKvTex(): string {
  return "k'_j = R(o_c)\\,k^{(0)}_j \\qquad \\delta_{\\ell j} = \\frac{\\lVert k'_{\\ell j} - k_{\\ell j} \\rVert}{\\lVert k_{\\ell j} \\rVert}";
}

/** KL divergence of a run's next-token distribution q from the full prefill's p, with its value (nats). */
export function klTex(kl: number, method: 'prefix' | 'naive' | 'blend' = 'naive'): string {
  return `\\mathrm{KL}(p \\,\\|\\, q) = \\sum_x p(x) \\ln \\frac{p(x)}{q(x)} = ${texLink(uq.kl(method), texNum(kl))}`;
}

/** CacheBlend's score on the check layer and how many tokens r picks: k = ⌊r·N⌋. */
export function selectTex(p: Prompt, b: BlendView): string {
  const l = b.checkLayer;
  return `s_j = \\lVert k_{${l}j} - k'_{${l}j} \\rVert^2 + \\lVert v_{${l}j} - v'_{${l}j} \\rVert^2 \\qquad k = \\lfloor r N \\rfloor = \\lfloor ${texLink(uq.r, texNum(b.ratio / 100, 2))} \\cdot ${texLink(uq.N, texInt(p.N))} \\rfloor = ${texLink(uq.k, texInt(b.count))}`;
}

/** CacheBlend's cost and error at the current r. */
export function blendTex(b: BlendView, names: MethodNames): string {
  return `C_{${texText(names.blend)}} / C_{${texText(names.full)}} = ${texLink(uq.cost('blend'), pct(b.macsShare))} \\qquad \\mathrm{KL}(p \\,\\|\\, q) = ${texLink(uq.kl('blend'), texNum(b.next.kl))}`;
}

/** Which keys the i-th of S recomputed queries sees, with each mask (s_i = its row in the prompt); labels in the page's language. */
export function maskTex(p: Prompt, b: BlendView, labels: { bottomRight: string; causal: string }): string {
  const S = b.queries.length;
  // One mask a line: side by side they run past a slide's box.
  return `\\begin{aligned}&${texText(labels.bottomRight)}\\colon & j &\\le T - S + i = ${texLink(uq.offset, texInt(p.T - S))} + i \\\\ &${texText(labels.causal)}\\colon & j &\\le s_i\\end{aligned}`;
}
