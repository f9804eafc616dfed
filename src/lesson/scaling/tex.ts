/** TeX for the scaling chapter, only from numbers via texNum (same digits as the panels). */
import { texNum, texShort, texText } from '../format';
import { ROW_KEYS } from './model';
import type { RangeRow, RowNumbers, SpreadNumbers } from './derive';

/** Measured spread against √d_k, before and after scaling. */
export function spreadTex(n: SpreadNumbers): string {
  return `\\begin{aligned}\\sigma(q\\cdot k) &= ${texNum(n.unscaled.std)} \\approx \\sqrt{d_k} = \\sqrt{${texShort(n.dk)}} = ${texNum(n.sqrtDk)} \\\\ \\sigma(q\\cdot k/\\sqrt{d_k}) &= ${texNum(n.scaled.std)} \\approx 1\\end{aligned}`;
}

/** Why the spread is √d_k: the variances of d_k independent products add up. */
export function rangesTex(rows: readonly RangeRow[]): string {
  const r = rows[0];
  return `\\begin{aligned}\\operatorname{Var}(q\\cdot k) &= \\textstyle\\sum_{i=1}^{d_k} \\operatorname{Var}(q_i k_i) = d_k \\\\ \\sigma &= \\sqrt{${texShort(r.dk)}} = ${texNum(r.sqrtDk)} \\\\ |q\\cdot k| &\\le d_k = ${texShort(r.bound)}\\end{aligned}`;
}

/** The softmax row's largest weight and entropy, with and without scaling. */
export function rowTex(n: RowNumbers, dk: number, rawLabel: string): string {
  return `\\begin{aligned}${texText(rawLabel)}: &\\ \\max_i w_i = ${texNum(n.maxRaw)},\\ H = ${texNum(n.entropyRaw)} \\\\ \\div\\sqrt{${texShort(dk)}}: &\\ \\max_i w_i = ${texNum(n.maxScaled)},\\ H = ${texNum(n.entropyScaled)} \\le \\ln ${texShort(ROW_KEYS)} = ${texNum(n.entropyMax)}\\end{aligned}`;
}

/** The formula the chapter defends, with the current d_k. */
export function takeawayTex(dk: number, sqrtDk: number): string {
  // Two lines, so the formula fits a slide's narrow column without scaling below legibility.
  return `\\begin{gathered}\\operatorname{Attention}(Q,K,V) = \\operatorname{softmax}\\!\\left(\\frac{QK^{\\top}}{\\sqrt{${texShort(dk)}}}\\right)V, \\\\ \\sqrt{${texShort(dk)}} = ${texNum(sqrtDk)}\\end{gathered}`;
}
