/** Formulas of the real-model chapter, built from the numbers it shows (same digits as the panels). */
import type { Model } from '../../core/model';
import { texInt, texNum, texShort, texText } from '../format';
import { CACHE_BITS } from './derive';
import { texLink } from '../links';
import { mq } from './links';

/** A linked term (texLink), short for the formulas below. */
const L_ = (id: string, body: string) => texLink(id, body);

/** Cache per token and for T tokens: 2 · L · n_kv · d_head · b (the memory chapter's formula), with this model's numbers (each linked, links.ts). */
export function cacheBytesTex(model: Model, T: number, bytesWord: string): string {
  const { nLayers: L, nKvHeads: KV, headDim: hd } = model.config;
  const b = CACHE_BITS / 8;
  const per = 2 * L * KV * hd * b;
  const tT = L_(mq.T, texInt(T));
  const head = `2 \\cdot L \\cdot n_{kv} \\cdot d_{head} \\cdot b \\cdot T = 2 \\cdot ${L_(mq.L, texInt(L))} \\cdot ${L_(mq.KV, texInt(KV))} \\cdot ${L_(mq.hd, texInt(hd))} \\cdot ${L_(mq.b, texInt(b))} \\cdot ${tT}`;
  return `${head} = ${L_(mq.perTokenBytes, texInt(per))} \\cdot ${tT} = ${L_(mq.bytes, texInt(per * T))}\\ ${texText(bytesWord)}`;
}

/** Numbers one token adds to the cache: 2 · L · n_kv · d_head, and its bytes at float32 (each number linked). */
export function perTokenTex(model: Model, bytesWord: string): string {
  const { nLayers: L, nKvHeads: KV, headDim: hd } = model.config;
  const n = 2 * L * KV * hd;
  const tn = L_(mq.perToken, texInt(n));
  return `2 \\cdot L \\cdot n_{kv} \\cdot d_{head} = 2 \\cdot ${L_(mq.L, texInt(L))} \\cdot ${L_(mq.KV, texInt(KV))} \\cdot ${L_(mq.hd, texInt(hd))} = ${tn};\\quad ${tn} \\cdot ${L_(mq.b, texInt(CACHE_BITS / 8))} = ${L_(mq.perTokenBytes, texInt((n * CACHE_BITS) / 8))}\\ ${texText(bytesWord)}`;
}

/**
 * The chosen word's probability: p = e^{z/t} / Σ_j e^{z_j/t} over the vocabulary (t = 1 when greedy).
 * z: its logit; sumExp: Σ_j e^{(z_j − z_max)/t}, with the same shift applied to the numerator so the numbers fit.
 * compact (a projector slide, where text is ≥ 24 px): the numbers only, at full size (no sub- or superscripts,
 * which a slide would shrink under 24 px): p(w) = exp((z − z_max)/t) / Σ; the narrative names logits and softmax.
 * chosen: the word's id, linking p to its bar (links.ts); the numbers z, z_max, t and Σ are linked too.
 */
export function probabilityTex(word: string, z: number, zMax: number, t: number, sumExp: number, p: number, logitWord: string, compact = false, chosen = -1): string {
  const num = Math.exp((z - zMax) / t);
  const w = texText(word);
  const [tz, tMax, tt, tSum, tp] = [L_(mq.z, texNum(z)), L_(mq.zMax, texNum(zMax)), L_(mq.t, texShort(t)), L_(mq.sum, texNum(sumExp)), L_(mq.p(chosen), texNum(p))];
  const symbolic = `p(${w}) = \\frac{e^{(z_{${w}} - z_{max})/t}}{\\sum_j e^{(z_j - z_{max})/t}} = \\frac{e^{(${tz} - ${tMax})/${tt}}}{${tSum}}`;
  if (compact) return `p(${w}) = \\dfrac{\\exp\\big((${tz} - ${tMax}) / ${tt}\\big)}{${tSum}} = ${tp}`;
  return `${symbolic} = \\frac{${texNum(num)}}{${tSum}} = ${tp}\\quad (z = ${texText(logitWord)})`;
}

/** RoPE on one pair of a key: (x₀, x₁) turned by angle a = p · θ_i. */
export function ropePairTex(before: readonly [number, number], pos: number, theta: number, after: readonly [number, number]): string {
  const a = pos * theta;
  return `\\begin{pmatrix} \\cos a & -\\sin a \\\\ \\sin a & \\cos a \\end{pmatrix} \\begin{pmatrix} ${texNum(before[0])} \\\\ ${texNum(before[1])} \\end{pmatrix} = \\begin{pmatrix} ${texNum(after[0])} \\\\ ${texNum(after[1])} \\end{pmatrix},\\quad a = ${texInt(pos)} \\cdot ${texNum(theta)} = ${texNum(a)}`;
}
