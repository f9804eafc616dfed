/** TeX for "Why no Q cache?", built only from numbers via texNum (same digits as the panels). */
import { texFactor, texNum, texText, texVec } from '../format';
import type { NoQNumbers } from './derive';
import type { NoQState } from './model';

const sub = (token: string) => `_{${texText(token)}}`;

/** (QKᵀ)[r][c] = q_r · k_c written term by term. */
export function entryTex(s: NoQState, n: NoQNumbers, tokens: readonly string[]): string {
  const { row, col, entry, masked } = n.reading;
  const terms = s.Q[row].map((qj, j) => `(${texFactor(qj)} \\cdot ${texFactor(s.K[col][j])})`).join(' + ');
  const tail = masked ? ' \\;\\to\\; -\\infty' : '';
  return `(QK^{\\top})_{${row + 1},${col + 1}} = q${sub(tokens[row])} \\cdot k${sub(tokens[col])} = ${terms} = ${texNum(entry)}${tail}`;
}

/** The new row: w_on = softmax(q_on Kᵀ / √d) and o_on = w_on V. */
export function newRowTex(n: NoQNumbers, token: string): string {
  const a = n.current.after;
  const last = a.weights.length - 1;
  return `\\begin{aligned}w${sub(token)} &= \\operatorname{softmax}\\!\\left(\\frac{q${sub(token)} K^{\\top}}{\\sqrt{d_k}}\\right) = ${texVec(a.weights[last])} \\\\ o${sub(token)} &= w${sub(token)}\\, V = ${texVec(a.output[last])}\\end{aligned}`;
}

/** One earlier row: its weight on the new token and its largest change. */
export function rowChangeTex(n: NoQNumbers, i: number, token: string, newToken: string): string {
  const r = n.current.rows[i];
  return `w${sub(token)}[${texText(newToken)}] = ${texNum(r.newColWeight)},\\quad \\max_j |\\Delta w_j| = ${texNum(r.weightDiff)},\\quad \\max_j |\\Delta o_j| = ${texNum(r.outputDiff)}`;
}

/** The attention of the live sequence. */
export function liveTex(n: NoQNumbers): string {
  const rows = n.live.output.map((o) => o.map((x) => texNum(x)).join(' & ')).join(' \\\\ ');
  return `O = \\operatorname{softmax}\\!\\left(\\frac{QK^{\\top}}{\\sqrt{d_k}} + M\\right) V = \\begin{bmatrix}${rows}\\end{bmatrix}`;
}
