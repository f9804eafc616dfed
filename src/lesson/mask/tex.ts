/**
 * TeX for the attention-matrix chapter, built only from numbers via texNum (same digits as the
 * heatmaps). The stage shows the whole S × S grid; each formula writes out one query row of it (the
 * row the step is about), every entry linked to its grid cell (texLink), so it fits one line.
 */
import { texNum, texShort, texText } from '../format';
import { texLink } from '../links';
import type { MaskNumbers } from './derive';
import { mq } from './links';
import { TOKENS } from './model';

/** Query row "on" (the newest token) and row "cat" (the prediction's row). */
const ON = 3;
const CAT = 1;

/** A matrix as a TeX bmatrix; −∞ prints as -\infty. */
export function texMat(m: readonly (readonly number[])[], num: (x: number) => string = texNum): string {
  return `\\begin{bmatrix}${m.map((r) => r.map((x) => num(x)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** A row as "[a, b, c, d]", each entry linked to cell (i, j) of grid `grid` when given. */
function texRow(row: readonly number[], grid?: string, i = 0, num: (x: number) => string = texNum): string {
  return `\\left[${row.map((x, j) => (grid ? texLink(mq.cell(grid, i, j), num(x)) : num(x))).join(',\\ ')}\\right]`;
}

const tok = (i: number) => texText(TOKENS[i]);

/** Row "on" of S = Q·Kᵀ: the query of "on" against every key. */
export function scoresTex(n: MaskNumbers): string {
  return `S = QK^{\\top}:\\quad S_{${tok(ON)}} = q_{${tok(ON)}} K^{\\top} = ${texRow(n.scores[ON], 'scores', ON)}`;
}

/** Row "on" of S / √d_k with the live numbers. */
export function scaledTex(n: MaskNumbers): string {
  return `\\frac{S_{${tok(ON)}}}{\\sqrt{${n.d}}} = \\frac{${texRow(n.scores[ON])}}{${texNum(n.sqrtD)}} = ${texRow(n.scaled[ON], 'scaled', ON)}`;
}

/** Row "cat" of S/√d_k + M = masked scores (M is 0 or −∞; all 0 without the mask). */
export function maskedTex(n: MaskNumbers, causal: boolean): string {
  const m = causal ? n.additive[CAT] : n.additive[CAT].map(() => 0);
  // One term a line, so it fits a slide's column (nothing cut at the right).
  return `\\begin{aligned}S_{${tok(CAT)}}/\\sqrt{d_k} + M_{${tok(CAT)}} &= ${texRow(n.scaled[CAT])} \\\\ &\\quad + ${texRow(m, undefined, 0, texShort)} \\\\ &= ${texRow(n.masked[CAT], 'masked', CAT)}\\end{aligned}`;
}

/** Row "cat" of A = softmax by rows, and every row's sum. */
export function weightsTex(n: MaskNumbers): string {
  const sums = n.rowSums.map((x) => texNum(x)).join(',\\ ');
  // One equation a line, so it fits a slide's column (nothing cut at the right).
  return `\\begin{aligned}A_{${tok(CAT)}} &= \\operatorname{softmax}\\!\\left(${texRow(n.masked[CAT], 'masked', CAT)}\\right) \\\\ &= ${texRow(n.trace.weights[CAT], 'weights', CAT)} \\\\ \\textstyle\\sum_j A_{ij} &= ${sums}\\end{aligned}`;
}
