/** TeX for the generation chapter, built only from numbers via texNum / texShort (same digits as the panels). */
import { texNum, texShort, texText, texVec } from '../format';
import type { GenerateNumbers } from './derive';
import { TOKENS } from './model';

const grouped = (x: number) => texShort(x).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');

/** Prefill: K = X·W_K and V = X·W_V for the prompt rows, all at once (one line per token). */
export function prefillTex(n: GenerateNumbers): string {
  const rows = n.run.prefill.K.map((k, i) => {
    const tok = texText(TOKENS[i]);
    return `k_{${tok}} &= ${texVec(k)}, & v_{${tok}} &= ${texVec(n.run.prefill.V[i])}`;
  });
  return `\\begin{aligned}&K_{1:3} = X_{1:3} W_K, & &V_{1:3} = X_{1:3} W_V \\\\ ${rows.join(' \\\\ ')}\\end{aligned}`;
}

/** One decode step: project the new token only, then one query row over the grown cache. */
export function decodeTex(n: GenerateNumbers, i: number): string {
  const st = n.run.steps[i];
  const tok = texText(TOKENS[3 + i]);
  const T = n.counts[i].T;
  const lines = [
    `q_{${tok}} &= x_{${tok}} W_Q = ${texVec(st.q)}`,
    `k_{${tok}} &= x_{${tok}} W_K = ${texVec(st.k)}`,
    `v_{${tok}} &= x_{${tok}} W_V = ${texVec(st.v)}`,
    `w &= \\operatorname{softmax}\\!\\left(\\frac{q_{${tok}} K_{1:${T}}^{\\top}}{\\sqrt{${n.dims.d_k}}}\\right) = ${texVec(st.trace.weights[0])}`,
    `o_{${tok}} &= w\\, V_{1:${T}} = ${texVec(st.trace.output[0])}`,
  ];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

/** The comparison: max |o_cached − o_uncached| over the decode steps (superscripts in the reader's language). */
export function diffTex(n: GenerateNumbers, labels: Pick<CostLabels, 'cache' | 'noCache'>): string {
  return `\\max_{t,\\,j} \\bigl|o^{${texText(labels.cache)}}_{t,j} - o^{${texText(labels.noCache)}}_{t,j}\\bigr| = ${texNum(n.maxDiff)}`;
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
