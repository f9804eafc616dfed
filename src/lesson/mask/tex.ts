/** TeX for the attention-matrix chapter, built only from numbers via texNum (same digits as the heatmaps). */
import { texNum } from '../format';
import type { MaskNumbers } from './derive';

/** A matrix as a TeX bmatrix; −∞ prints as -\infty. */
export function texMat(m: readonly (readonly number[])[]): string {
  return `\\begin{bmatrix}${m.map((r) => r.map((x) => texNum(x)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** S = Q·Kᵀ with the live numbers. */
export function scoresTex(n: MaskNumbers): string {
  return `S = QK^{\\top} = ${texMat(n.scores)}`;
}

/** S / √d_k with the live numbers. */
export function scaledTex(n: MaskNumbers): string {
  return `\\frac{S}{\\sqrt{${n.d}}} = \\frac{S}{${texNum(n.sqrtD)}} = ${texMat(n.scaled)}`;
}

/** S/√d_k + M = masked scores (M is 0 or −∞). */
export function maskedTex(n: MaskNumbers, causal: boolean): string {
  const M = causal ? texMat(n.additive) : texMat(n.mask.map((r) => r.map(() => 0)));
  return `\\frac{S}{\\sqrt{d_k}} + M = \\frac{S}{\\sqrt{d_k}} + ${M} = ${texMat(n.masked)}`;
}

/** A = softmax by rows, with each row's sum. */
export function weightsTex(n: MaskNumbers): string {
  const sums = n.rowSums.map((x) => texNum(x)).join(',\\ ');
  return `A = \\operatorname{softmax}\\!\\left(\\frac{S}{\\sqrt{d_k}} + M\\right) = ${texMat(n.trace.weights)},\\quad \\textstyle\\sum_j A_{ij} = ${sums}`;
}

/** O = A·V for the current mode. */
export function outputTex(n: MaskNumbers): string {
  return `O = AV = ${texMat(n.trace.output)}`;
}

/** The block's additive mask and its weights. */
export function blockTex(n: MaskNumbers): string {
  const b = n.blockView;
  return `M_{${b.mask.length} \\times 4} = ${texMat(b.additive)},\\quad A = ${texMat(b.trace.weights)}`;
}
