/** TeX for the cross-attention chapter, built only from numbers via texNum (same digits as the panels). */
import { texInt, texText, texVec } from '../format';
import type { CrossNumbers } from './derive';

const sub = (token: string) => `_{${texText(token)}}`;

/** Words used inside the formulas, in the reader's language (escaped here). */
export interface CrossTexLabels {
  cross: string;
  self: string;
  rows: string;
  /** The singular, for a count of 1 ("1 row"). */
  row: string;
}

/** Both attentions of decoding step t (1-based) for decoder token `token`. */
export function stepTex(n: CrossNumbers, t: number, token: string, l: CrossTexLabels): string {
  const st = n.steps[t - 1];
  const line = (label: string, K: string, tr: CrossNumbers['steps'][number]['crossTrace']) =>
    `&${texText(label)}: & w &= \\operatorname{softmax}\\!\\left(\\frac{q${sub(token)} ${K}^{\\top}}{\\sqrt{d_k}}\\right) = ${texVec(tr.weights[0])}, & o &= ${texVec(tr.output[0])}`;
  return `\\begin{alignedat}{3}${line(l.cross, 'K_{\\text{enc}}', st.crossTrace)} \\\\ ${line(l.self, 'K_{\\text{dec}}', st.selfTrace)}\\end{alignedat}`;
}

/** Cache sizes at step t: cross stays at T_enc rows, self holds t rows. */
export function rowsTex(n: CrossNumbers, t: number, l: CrossTexLabels): string {
  const st = n.steps[t - 1];
  const rows = (k: number) => `${texInt(k)}\\ ${texText(k === 1 ? l.row : l.rows)}`;
  return `\\lvert C_{\\text{cross}} \\rvert = ${rows(st.crossRows)},\\qquad \\lvert C_{\\text{self}} \\rvert = ${rows(st.selfRows)}`;
}
