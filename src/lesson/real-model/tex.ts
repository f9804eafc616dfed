/** Formulas of the real-model chapter, built from the numbers it shows (same digits as the panels). */
import type { Model } from '../../core/model';
import { texInt, texNum, texShort, texText } from '../format';
import { CACHE_BITS } from './derive';

/** Cache per token and for T tokens: 2 · L · n_kv · d_head · b (the memory chapter's formula), with this model's numbers. */
export function cacheBytesTex(model: Model, T: number, bytesWord: string): string {
  const { nLayers: L, nKvHeads: KV, headDim: hd } = model.config;
  const b = CACHE_BITS / 8;
  const per = 2 * L * KV * hd * b;
  const head = `2 \\cdot L \\cdot n_{kv} \\cdot d_{head} \\cdot b \\cdot T = 2 \\cdot ${L} \\cdot ${KV} \\cdot ${hd} \\cdot ${b} \\cdot ${texInt(T)}`;
  return `${head} = ${texInt(per)} \\cdot ${texInt(T)} = ${texInt(per * T)}\\ ${texText(bytesWord)}`;
}

/** Numbers one token adds to the cache: 2 · L · n_kv · d_head, and its bytes at float32. */
export function perTokenTex(model: Model, bytesWord: string): string {
  const { nLayers: L, nKvHeads: KV, headDim: hd } = model.config;
  const n = 2 * L * KV * hd;
  return `2 \\cdot L \\cdot n_{kv} \\cdot d_{head} = 2 \\cdot ${L} \\cdot ${KV} \\cdot ${hd} = ${texInt(n)};\\quad ${texInt(n)} \\cdot ${CACHE_BITS / 8} = ${texInt((n * CACHE_BITS) / 8)}\\ ${texText(bytesWord)}`;
}

/**
 * The chosen word's probability: p = e^{z/t} / Σ_j e^{z_j/t} over the vocabulary (t = 1 when greedy).
 * z: its logit; sumExp: Σ_j e^{(z_j − z_max)/t}, with the same shift applied to the numerator so the numbers fit.
 * compact (a projector slide, where text is ≥ 24 px): the numbers only, at full size (no sub- or superscripts,
 * which a slide would shrink under 24 px): p(w) = exp((z − z_max)/t) / Σ; the narrative names logits and softmax.
 */
export function probabilityTex(word: string, z: number, zMax: number, t: number, sumExp: number, p: number, logitWord: string, compact = false): string {
  const num = Math.exp((z - zMax) / t);
  const w = texText(word);
  const symbolic = `p(${w}) = \\frac{e^{(z_{${w}} - z_{max})/t}}{\\sum_j e^{(z_j - z_{max})/t}} = \\frac{e^{(${texNum(z)} - ${texNum(zMax)})/${texShort(t)}}}{${texNum(sumExp)}}`;
  if (compact) return `p(${w}) = \\dfrac{\\exp\\big((${texNum(z)} - ${texNum(zMax)}) / ${texShort(t)}\\big)}{${texNum(sumExp)}} = ${texNum(p)}`;
  return `${symbolic} = \\frac{${texNum(num)}}{${texNum(sumExp)}} = ${texNum(p)}\\quad (z = ${texText(logitWord)})`;
}

/** RoPE on one pair of a key: (x₀, x₁) turned by angle a = p · θ_i. */
export function ropePairTex(before: readonly [number, number], pos: number, theta: number, after: readonly [number, number]): string {
  const a = pos * theta;
  return `\\begin{pmatrix} \\cos a & -\\sin a \\\\ \\sin a & \\cos a \\end{pmatrix} \\begin{pmatrix} ${texNum(before[0])} \\\\ ${texNum(before[1])} \\end{pmatrix} = \\begin{pmatrix} ${texNum(after[0])} \\\\ ${texNum(after[1])} \\end{pmatrix},\\quad a = ${texInt(pos)} \\cdot ${texNum(theta)} = ${texNum(a)}`;
}
