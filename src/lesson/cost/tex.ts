/** TeX for the cost chapter, only from numbers via texNum/texShort (same digits as the panels). */
import { texNum, texShort, texText } from '../format';
import type { CostNumbers, SparsityNumbers } from './derive';
import type { CostState } from './model';

const sizes = (s: CostState) => `${texShort(s.B)} \\cdot ${texShort(s.L)} \\cdot ${texShort(s.N)}`;

/** Multiply-adds of the full pass and of one cached decode step. */
export function timeTex(s: CostState, n: CostNumbers): string {
  return `\\begin{aligned}\\text{MACs}_{\\text{full}} &= 2\\,B L N\\, S^2 d = 2 \\cdot ${sizes(s)} \\cdot ${texShort(s.S)}^2 \\cdot ${texShort(s.d)} = ${texNum(n.cost.fullMacs)} \\\\ \\text{MACs}_{\\text{decode}} &= 2\\,B L N\\, S\\, d = 2 \\cdot ${sizes(s)} \\cdot ${texShort(s.S)} \\cdot ${texShort(s.d)} = ${texNum(n.cost.decodeMacs)}\\end{aligned}`;
}

/** Bytes of one layer's scores matrix and of the whole cache. */
export function memoryTex(s: CostState, n: CostNumbers): string {
  return `\\begin{aligned}\\text{scores} &= B N S^2 \\cdot b = ${texShort(s.B)} \\cdot ${texShort(s.N)} \\cdot ${texShort(s.S)}^2 \\cdot ${texShort(n.bytes)} = ${texNum(n.cost.scoresBytes)}\\ \\text{B} \\\\ \\text{cache} &= 2\\,B L N S d \\cdot b = 2 \\cdot ${sizes(s)} \\cdot ${texShort(s.S)} \\cdot ${texShort(s.d)} \\cdot ${texShort(n.bytes)} = ${texNum(n.cost.cacheBytes)}\\ \\text{B}\\end{aligned}`;
}

/** Arithmetic intensity (FLOPs per byte of K/V) of a decode step and of prefill. */
export function boundTex(n: CostNumbers): string {
  return `\\begin{aligned}I_{\\text{decode}} &= \\frac{2 \\cdot ${texNum(n.cost.decodeMacs)}}{${texNum(n.cost.cacheBytes)}} = ${texNum(n.cost.decodeIntensity)}\\ \\tfrac{\\text{FLOP}}{\\text{B}} \\\\ I_{\\text{prefill}} &= \\frac{2 \\cdot ${texNum(n.cost.fullMacs)}}{${texNum(n.cost.cacheBytes)}} = ${texNum(n.cost.prefillIntensity)}\\ \\tfrac{\\text{FLOP}}{\\text{B}}\\end{aligned}`;
}

/** The article's sparsity definition with the current counts, and the share among visible weights. */
export function sparsityTex(n: SparsityNumbers, eps: number, visibleLabel: string): string {
  const c = n.count;
  return `\\begin{aligned}\\operatorname{Sparsity}(A, ${texNum(eps)}) &= \\frac{|\\{(i,j): A_{ij} < ${texNum(eps)}\\}|}{n^2} = \\frac{${texShort(c.belowVisible)} + ${texShort(c.masked)}}{${texShort(c.total)}} = ${texNum(c.shareAll)} \\\\ ${texText(visibleLabel)} &= \\frac{${texShort(c.belowVisible)}}{${texShort(c.visible)}} = ${texNum(c.shareVisible)}\\end{aligned}`;
}
