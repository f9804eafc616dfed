/** TeX for the multi-head chapter, from the same numbers and formatting as its panels; words come in the reader's language. */
import { texSig, texText, texVec } from '../format';
import { texLink } from '../links';
import { groupDigits, texBinary } from '../memory/bytes';
import type { gqaQuestion, HeadsNumbers, mlaComparison } from './derive';
import { gq } from './links';
import { D_MODEL, TOKENS } from './model';

const int = (x: number) => groupDigits(BigInt(x)).replace(/,/g, '{,}');

/** Words used inside the formulas (from the catalog; escaped here). */
export interface HeadsTexLabels {
  /** "head" (head_1, head_2 …). */
  head: string;
  /** "output". */
  output: string;
  /** "numbers" (a count of cached numbers). */
  numbers: string;
  /** "cache, per token and layer". */
  cache: string;
  /** "multiply-adds of one decode step". */
  macs: string;
  /** "ratio". */
  ratio: string;
  /** "61 layers, bf16, per token" with the layer count filled in. */
  perToken: string;
}

const last = TOKENS.length - 1;
const onSub = `_{${texText(TOKENS[last])}}`;

/** Shapes [B, N, S, d] with the live numbers. */
export function shapesTex(n: HeadsNumbers): string {
  const { B, S } = n.shape;
  return `d = \\frac{d_{\\text{model}}}{h} = \\frac{${D_MODEL}}{${n.h}} = ${n.d},\\quad Q: [B, N, S, d] = [${B}, ${n.h}, ${S}, ${n.d}],\\quad K, V: [${B}, ${n.kvHeads}, ${S}, ${n.d}],\\quad QK^{\\top}: [${B}, ${n.h}, ${S}, ${S}]`;
}

/** One line per head: softmax(Q_i K_gᵀ / √d) V_g, with the last token's weights. */
export function headTex(n: HeadsNumbers, l: HeadsTexLabels): string {
  const rows = n.trace.heads.map(
    (hd, i) =>
      `${texText(l.head)}_{${i + 1}} &= \\operatorname{softmax}\\!\\left(\\tfrac{Q_{${i + 1}} K_{${hd.group + 1}}^{\\top}}{\\sqrt{${n.d}}}\\right) V_{${hd.group + 1}},\\quad w${onSub} = ${texVec(hd.trace.weights[last])}`,
  );
  return `\\begin{aligned}${rows.join(' \\\\ ')}\\end{aligned}`;
}

/** The last token's output as the sum of every head's share: Σ_i head_i · W_O^(i). */
export function concatTex(n: HeadsNumbers, l: HeadsTexLabels): string {
  const terms = n.parts.map((_, i) => `${texText(l.head)}_{${i + 1}} W_O^{(${i + 1})}`).join(' + ');
  const values = n.parts.map((p) => texVec(p[last])).join(' + ');
  return `\\begin{aligned}${texText(l.output)}${onSub} &= ${terms} \\\\ &= ${values} \\\\ &= ${texVec(n.trace.output[last])}\\end{aligned}`;
}

/** Cache elements per token per layer for this toy: 2 × kvHeads × d, against MHA. */
export function shareTex(n: HeadsNumbers, l: HeadsTexLabels): string {
  return `2 \\times n_{kv} \\times d = 2 \\times ${n.kvHeads} \\times ${n.d} = ${n.toyElements}\\ ${texText(l.numbers)} \\quad(\\text{MHA}: 2 \\times ${n.h} \\times ${n.d} = ${n.toyElementsMha})`;
}

/** The grouping question's arithmetic: cache bytes and decode multiply-adds, MHA against GQA. */
export function gqaTex(r: ReturnType<typeof gqaQuestion>, l: HeadsTexLabels): string {
  // Linked (gq ids): the head counts, the keys, both caches and the multiply-adds, as the explanation names them.
  const cache = (kv: string) => `2 \\times ${kv} \\times ${r.headDim} \\times 2\\ \\text{B}`;
  const macs = `2 \\times ${texLink(gq.h, String(r.h))} \\times ${texLink(gq.T, int(r.T))} \\times ${r.headDim}`;
  const mha = `${cache(texLink(gq.h, String(r.h)))} = ${texLink(gq.mha, `${int(r.mha.cache)}\\ \\text{B}`)}`;
  const gqa = `${cache(texLink(gq.g, String(r.g)))} = ${texLink(gq.gqa, `${int(r.gqa.cache)}\\ \\text{B}`)}`;
  return `\\begin{aligned}${texText(l.cache)}&: \\ \\text{MHA}\\ ${mha},\\quad \\text{GQA}\\ ${gqa} \\\\ ${texText(l.macs)}&: \\ \\text{MHA} = \\text{GQA} = ${macs} = ${texLink(gq.macs, int(r.mha.macs))}\\end{aligned}`;
}

/** MLA against MHA with DeepSeek-V3's sizes (keys 192 wide, values 128 wide). */
export function mlaTex(m: ReturnType<typeof mlaComparison>, l: HeadsTexLabels): string {
  const p = m.preset;
  return `\\begin{aligned}\\text{MLA} &: d_c + d_h^R = ${p.mla?.latentDim} + ${p.mla?.ropeDim} = ${m.mlaElems} \\\\ \\text{MHA} &: n_h \\times (d_k + d_v) = ${p.qHeads} \\times (${m.keyDim} + ${p.headDim}) = ${int(m.mhaElems)} \\\\ ${texText(l.ratio)} &= ${texSig(m.ratio)},\\quad ${texText(l.perToken)}: \\text{MLA}\\ ${texBinary(m.mlaBytes)},\\ \\text{MHA}\\ ${texBinary(m.mhaBytes)}\\end{aligned}`;
}
