/** TeX for the multi-head chapter, from the same numbers and formatting as its panels. */
import { texNum, texShort, texVec } from '../format';
import { groupDigits, texBinary } from '../memory/bytes';
import type { HeadsNumbers, mlaComparison, ratioQuestion } from './derive';
import { D_MODEL } from './model';

const int = (x: number) => groupDigits(BigInt(x)).replace(/,/g, '{,}');

/** Shapes [B, N, S, d] with the live numbers. */
export function shapesTex(n: HeadsNumbers): string {
  const { B, S } = n.shape;
  return `d = \\frac{d_{\\text{model}}}{h} = \\frac{${D_MODEL}}{${n.h}} = ${n.d},\\quad Q: [B, N, S, d] = [${B}, ${n.h}, ${S}, ${n.d}],\\quad K, V: [${B}, ${n.kvHeads}, ${S}, ${n.d}],\\quad QK^{\\top}: [${B}, ${n.h}, ${S}, ${S}]`;
}

/** One head: softmax(Q_i K_gᵀ / √d) V_g, with the last token's weights. */
export function headTex(n: HeadsNumbers): string {
  const rows = n.trace.heads.map(
    (hd, i) => `\\text{head}_{${i + 1}} &= \\operatorname{softmax}\\!\\left(\\tfrac{Q_{${i + 1}} K_{${hd.group + 1}}^{\\top}}{\\sqrt{${n.d}}}\\right) V_{${hd.group + 1}},\\quad w_{\\text{sat}} = ${texVec(hd.trace.weights[hd.trace.weights.length - 1])}`,
  );
  return `\\begin{aligned}${rows.join(' \\\\ ')}\\end{aligned}`;
}

/** Concat(head_1 … head_h) · W_O for the last token. */
export function concatTex(n: HeadsNumbers): string {
  const last = n.trace.concat.length - 1;
  const heads = n.trace.heads.map((_, i) => `\\text{head}_{${i + 1}}`).join(', ');
  return `\\operatorname{Concat}(${heads})_{\\text{sat}}\\, W_O = ${texVec(n.trace.concat[last])}\\, W_O = ${texVec(n.trace.output[last])}`;
}

/** Cache elements per token per layer for this toy: 2 × kvHeads × d, against MHA. */
export function shareTex(n: HeadsNumbers): string {
  return `2 \\times n_{kv} \\times d = 2 \\times ${n.kvHeads} \\times ${n.d} = ${n.toyElements}\\ \\text{numbers} \\quad(\\text{MHA: } 2 \\times ${n.h} \\times ${n.d} = ${n.toyElementsMha})`;
}

/** The ratio question's arithmetic. */
export function ratioTex(r: ReturnType<typeof ratioQuestion>): string {
  return `\\frac{2 \\times ${r.h} \\times ${r.headDim} \\times 2\\ \\text{B}}{2 \\times ${r.g} \\times ${r.headDim} \\times 2\\ \\text{B}} = \\frac{${int(r.mha)}\\ \\text{B}}{${int(r.gqa)}\\ \\text{B}} = ${texShort(r.ratio)}`;
}

/** MLA against MHA with DeepSeek-V3's sizes. */
export function mlaTex(m: ReturnType<typeof mlaComparison>): string {
  const p = m.preset;
  return `\\begin{aligned}\\text{MLA} &: d_c + d_h^R = ${p.mla?.latentDim} + ${p.mla?.ropeDim} = ${m.mlaElems} \\\\ \\text{MHA} &: 2 \\times n_h \\times d_h = 2 \\times ${p.qHeads} \\times ${p.headDim} = ${int(m.mhaElems)} \\\\ \\text{ratio} &= ${texNum(m.ratio)},\\quad ${p.layers}\\ \\text{layers, bf16: } ${texBinary(m.mlaBytes)}\\ \\text{vs}\\ ${texBinary(m.mhaBytes)}\\ \\text{per token}\\end{aligned}`;
}
