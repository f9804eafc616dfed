/** TeX for the cost chapter, only from numbers via texNum/texShort (same digits as the panels); words come in the reader's language. */
import { texNum, texShort, texSig, texText } from '../format';
import type { CostNumbers, SparsityNumbers } from './derive';
import type { CostState } from './model';

/** Words used inside the cost formulas (from the catalog; escaped here). */
export interface CostTexLabels {
  /** "full pass" */
  full: string;
  /** "decode step" */
  decode: string;
  /** "scores, one layer" */
  scores: string;
  /** "KV cache" */
  cache: string;
  /** "fused kernel, one layer" */
  fused: string;
  /** "multiply-adds" */
  macs: string;
  /** "prefill" */
  prefill: string;
}

const sizes = (s: CostState) => `${texShort(s.B)} \\cdot ${texShort(s.L)} \\cdot ${texShort(s.N)}`;
const sub = (label: string) => `_{${texText(label)}}`;

/** Multiply-adds of the full causal pass and of one cached decode step. */
export function timeTex(s: CostState, n: CostNumbers, l: CostTexLabels): string {
  const macs = texText(l.macs);
  return `\\begin{aligned}${macs}${sub(l.full)} &= 2\\,B L N \\cdot \\tfrac{S(S+1)}{2} \\cdot d = 2 \\cdot ${sizes(s)} \\cdot \\tfrac{${texShort(s.S)} \\cdot ${texShort(s.S + 1)}}{2} \\cdot ${texShort(s.d)} = ${texNum(n.cost.fullMacs)} \\\\ ${macs}${sub(l.decode)} &= 2\\,B L N\\, S\\, d = 2 \\cdot ${sizes(s)} \\cdot ${texShort(s.S)} \\cdot ${texShort(s.d)} = ${texNum(n.cost.decodeMacs)}\\end{aligned}`;
}

/** Bytes of one layer's scores matrix (standard kernel) or of a fused kernel's row statistics, and of the whole cache. */
export function memoryTex(s: CostState, n: CostNumbers, l: CostTexLabels): string {
  const first =
    s.kernel === 'fused'
      ? `${texText(l.fused)} &= 2\\,B N S \\cdot 4 = 2 \\cdot ${texShort(s.B)} \\cdot ${texShort(s.N)} \\cdot ${texShort(s.S)} \\cdot 4 = ${texNum(n.cost.fusedExtraBytes)}\\ \\text{B}`
      : `${texText(l.scores)} &= B N S^2 \\cdot b = ${texShort(s.B)} \\cdot ${texShort(s.N)} \\cdot ${texShort(s.S)}^2 \\cdot ${texShort(n.bytes)} = ${texNum(n.cost.scoresBytes)}\\ \\text{B}`;
  return `\\begin{aligned}${first} \\\\ ${texText(l.cache)} &= 2\\,B L N S d \\cdot b = 2 \\cdot ${sizes(s)} \\cdot ${texShort(s.S)} \\cdot ${texShort(s.d)} \\cdot ${texShort(n.bytes)} = ${texNum(n.cost.cacheBytes)}\\ \\text{B}\\end{aligned}`;
}

/** Arithmetic intensity (FLOPs per byte of K/V) of a decode step and of a causal prefill. */
export function boundTex(n: CostNumbers, l: CostTexLabels): string {
  return `\\begin{aligned}I${sub(l.decode)} &= \\frac{2 \\cdot ${texNum(n.cost.decodeMacs)}}{${texNum(n.cost.cacheBytes)}\\ \\text{B}} = ${texSig(n.cost.decodeIntensity)} \\\\ I${sub(l.prefill)} &= \\frac{2 \\cdot ${texNum(n.cost.fullMacs)}}{${texNum(n.cost.cacheBytes)}\\ \\text{B}} = \\frac{S + 1}{b} = ${texSig(n.cost.prefillIntensity)}\\end{aligned}`;
}

/** The article's sparsity definition with the current counts, and the share among visible weights. */
export function sparsityTex(n: SparsityNumbers, eps: number, visibleLabel: string): string {
  const c = n.count;
  return `\\begin{aligned}\\operatorname{Sparsity}(A, ${texNum(eps)}) &= \\frac{|\\{(i,j): A_{ij} < ${texNum(eps)}\\}|}{n^2} = \\frac{${texShort(c.belowVisible)} + ${texShort(c.masked)}}{${texShort(c.total)}} = ${texNum(c.shareAll)} \\\\ ${texText(visibleLabel)} &= \\frac{${texShort(c.belowVisible)}}{${texShort(c.visible)}} = ${texNum(c.shareVisible)}\\end{aligned}`;
}
