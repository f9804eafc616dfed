/** TeX for the cross-attention chapter, built only from numbers via texNum (same digits as the panels). */
import { texInt, texNum, texText, texVec } from '../format';
import { texLink } from '../links';
import { xq } from './links';
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

/** Both attentions of decoding step t (1-based) for decoder token `token`. ⊤ follows the cache's subscript ({K_{cross}}^⊤): stacked over a word (交叉) it touched it on a slide. */
export function stepTex(n: CrossNumbers, t: number, token: string, l: CrossTexLabels): string {
  const st = n.steps[t - 1];
  // One line for the weights, one for the output, per attention: narrow enough for the panel.
  // Each weight is linked to its number on the stage (cw.i / sw.j), each output to o (co / so).
  const linked = (v: readonly number[], id: (i: number) => string) => `[${v.map((x, i) => texLink(id(i), texNum(x))).join(',\\ ')}]`;
  const lines = (label: string, K: string, V: string, tr: CrossNumbers['steps'][number]['crossTrace'], w: (i: number) => string, o: string) =>
    `w${sub(label)} &= \\operatorname{softmax}\\bigl(q${sub(token)} {${K}}^{\\top} / \\sqrt{d_k}\\bigr) = ${linked(tr.weights[0], w)} \\\\ ${texLink(o, `o${sub(label)}`)} &= w${sub(label)}\\, ${V} = ${texVec(tr.output[0])}`;
  return `\\begin{aligned}${lines(l.cross, `K${sub(l.cross)}`, `V${sub(l.cross)}`, st.crossTrace, xq.cw, xq.co)} \\\\ ${lines(l.self, `K${sub(l.self)}`, `V${sub(l.self)}`, st.selfTrace, xq.sw, xq.so)}\\end{aligned}`;
}

/**
 * Both attentions of decoding step t as definitions only, for a slide: the stage beside it prints
 * every weight (its w columns) and output (its o rows), so its two lines (each output, its weights w braced) fit a projector's column
 * where stepTex's numbers would run past it. Each output is linked to its o row (co / so).
 */
export function stepDefsTex(token: string, l: CrossTexLabels): string {
  const line = (label: string, o: string) =>
    `${texLink(o, `o${sub(label)}`)} &= \\underbrace{\\operatorname{softmax}\\bigl(q${sub(token)} {K${sub(label)}}^{\\top} / \\sqrt{d_k}\\bigr)}_{\\textstyle w${sub(label)}}\\, V${sub(label)}`;
  return `\\begin{aligned}${line(l.cross, xq.co)} \\\\[-0.15em] ${line(l.self, xq.so)}\\end{aligned}`;
}

/** Cache sizes after the last decoding step: cross stays at T_enc rows, self holds one row per decoded token. */
export function rowsTex(n: CrossNumbers, l: CrossTexLabels): string {
  const st = n.steps[n.steps.length - 1];
  const rows = (k: number) => `${texInt(k)}\\ ${texText(k === 1 ? l.row : l.rows)}`;
  return `\\lvert C${sub(l.cross)} \\rvert = ${rows(st.crossRows)},\\qquad \\lvert C${sub(l.self)} \\rvert = ${rows(st.selfRows)}`;
}
