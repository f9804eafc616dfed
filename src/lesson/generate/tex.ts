/** TeX for the generation chapter, built only from numbers via texNum / texShort (same digits as the panels). */
import { texNum, texShort, texText, texVec } from '../format';
import { texLink } from '../links';
import type { GenerateNumbers } from './derive';
import { TOKENS } from './model';

const grouped = (x: number) => texShort(x).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');

/**
 * Prefill: K = X·W_K and V = X·W_V for the prompt rows at once (the stage prints their rows), and
 * the last prompt token's weights over them, w = softmax(q·Kᵀ/√d_k), as the stage's w column.
 */
export function prefillTex(n: GenerateNumbers): string {
  const last = n.run.prefill.Q.length - 1;
  const tok = texText(TOKENS[last]);
  const T = last + 1;
  const w = n.run.prefill.trace.weights[last].slice(0, T);
  return [
    `\\begin{aligned}K_{1:${T}} &= X_{1:${T}} W_K, \\quad V_{1:${T}} = X_{1:${T}} W_V`,
    `${texLink('q', `q_{${tok}}`)} &= x_{${tok}} W_Q = ${texVec(n.run.prefill.Q[last])}`,
    // The weights on a line of their own, so the formula fits a projector's column (it breaks, never cut).
    `w_{${tok}} &= \\operatorname{softmax}\\bigl(q_{${tok}} K_{1:${T}}^{\\top} / \\sqrt{${n.dims.d_k}}\\bigr)`,
    `&= ${texLinkedVec(w, 'w')}\\end{aligned}`,
  ].join(' \\\\ ');
}

/** A vector whose entries are linked as quantities `${prefix}.0`, `${prefix}.1`, … (same digits as texVec). */
function texLinkedVec(v: readonly number[], prefix: string): string {
  return `[${v.map((x, i) => texLink(`${prefix}.${i}`, texNum(x))).join(',\\ ')}]`;
}

/**
 * A linked vector as rows of an aligned block ("&= [a, b, c," then "&\\quad d, e, f]"): at most `most`
 * entries a row, the rows balanced, so a long weight row breaks instead of running past its column.
 */
function texLinkedRows(v: readonly number[], prefix: string, most = 5): string[] {
  const cells = v.map((x, i) => texLink(`${prefix}.${i}`, texNum(x)));
  const per = Math.ceil(cells.length / Math.ceil(cells.length / most));
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += per) {
    const last = i + per >= cells.length;
    rows.push(`${i === 0 ? '&= [' : '&\\quad\\ '}${cells.slice(i, i + per).join(',\\ ')}${last ? ']' : ','}`);
  }
  return rows;
}

/** One decode step: project the new token only, then one query row over the grown cache. */
export function decodeTex(n: GenerateNumbers, i: number): string {
  const st = n.run.steps[i];
  const tok = texText(TOKENS[3 + i]);
  const T = n.counts[i].T;
  const lines = [
    `${texLink('q', `q_{${tok}}`)} &= x_{${tok}} W_Q = ${texVec(st.q)}`,
    `${texLink(`k.${T - 1}`, `k_{${tok}}`)} &= x_{${tok}} W_K = ${texVec(st.k)}`,
    `${texLink(`v.${T - 1}`, `v_{${tok}}`)} &= x_{${tok}} W_V = ${texVec(st.v)}`,
    `w &= \\operatorname{softmax}\\bigl(q_{${tok}} K_{1:${T}}^{\\top} / \\sqrt{${n.dims.d_k}}\\bigr)`,
    ...texLinkedRows(st.trace.weights[0], 'w'), // lines of their own, so the formula fits a projector's column
    `${texLink('o', `o_{${tok}}`)} &= w\\, V_{1:${T}} = ${texVec(st.trace.output[0])}`,
  ];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

/** The comparison: max |o_cached − o_uncached| over the decode steps (superscripts in the reader's language). */
export function diffTex(n: GenerateNumbers, labels: Pick<CostLabels, 'cache' | 'noCache'>): string {
  return `\\max\\nolimits_{t,\\,j} \\bigl|o^{${texText(labels.cache)}}_{t,j} - o^{${texText(labels.noCache)}}_{t,j}\\bigr| = ${texNum(n.maxDiff)}`;
}

/** The labels of the cost formula's lines, in the reader's language (plain text; escaped here). */
export interface CostLabels {
  cache: string;
  noCache: string;
  bytes: string;
}

/**
 * The MAC formulas with this chapter's widths and the last step's length (generic line, then the
 * numbers). With a cache one step projects one token, d_model(2d_k + d_v), and reads T rows, T(d_k + d_v):
 * O(d·d_model + T·d). Without, all T tokens are projected and causal attention recomputed:
 * O(T·d·d_model + T²·d). Counting convention: src/core/opCount.ts.
 */
export function costTex(n: GenerateNumbers, labels: CostLabels): string {
  const { d_model, d_k, d_v } = n.dims;
  const last = n.counts[n.counts.length - 1];
  const T = last.T;
  const dm = 'd_{\\text{model}}';
  const lines = [
    `${texText(labels.cache)}\\ & ${dm}(2d_k + d_v) + T(d_k + d_v) = O(d\\,${dm} + T\\,d)`,
    `&= ${d_model}\\cdot${2 * d_k + d_v} + ${T}\\cdot${d_k + d_v} = ${grouped(last.cachedMacs)}`,
    `${texText(labels.noCache)}\\ & T\\,${dm}(2d_k + d_v) + \\tfrac{T(T+1)}{2}(d_k + d_v) = O(T\\,d\\,${dm} + T^2 d)`,
    `&= ${T}\\cdot${d_model * (2 * d_k + d_v)} + ${(T * (T + 1)) / 2}\\cdot${d_k + d_v} = ${grouped(last.uncachedMacs)}`,
    `${texText(labels.bytes)}\\ & T(d_k + d_v)\\cdot 4 = ${grouped(last.cachedBytes)}`,
  ];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}
