/** TeX for the worked example's formulas, built only from numbers via texNum (same digits as the panels). */
import { texFactor, texNum, texShort, texText, texVec } from '../format';
import { texLink } from '../links';
import type { WorkedNumbers } from './derive';
import { wq } from './links';
import type { WorkedState } from './model';

const sub = (token: string) => `_{${texText(token)}}`;

/** q · k_i written term by term, one line per token: (1·1)+(1·0)+(2·1) = 3.000. */
export function scoresTex(s: WorkedState, n: WorkedNumbers, tokens: readonly string[], K: readonly (readonly number[])[] = s.K): string {
  const lines = tokens.map((tok, i) => {
    const terms = s.q.map((qj, j) => `(${texFactor(qj)} \\cdot ${texFactor(K[i][j])})`).join(' + ');
    const score = i < n.article.scores.length && K === s.K ? n.article.scores[i] : n.real.trace.scores[0][i];
    return `${texLink(wq.score(i), `q \\cdot k${sub(tok)}`)} &= ${texLink(wq.score(i), `${terms} = ${texNum(score)}`)}`;
  });
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

/** s̃_i = s_i / √d_k for every token. */
export function scaleTex(n: WorkedNumbers, tokens: readonly string[]): string {
  if (!n.scaled) {
    const off = tokens.map((tok, i) => `${texLink(wq.scaled(i), `\\tilde{s}${sub(tok)}`)} &= ${texLink(wq.scaled(i), `s${sub(tok)} = ${texNum(n.article.scaled[i])}`)}`);
    return `\\begin{aligned}${off.join(' \\\\ ')}\\end{aligned}`;
  }
  const lines = tokens.map(
    (tok, i) =>
      `${texLink(wq.scaled(i), `\\tilde{s}${sub(tok)}`)} &= ${texLink(wq.scaled(i), `\\frac{${texNum(n.article.scores[i])}}{\\sqrt{${n.d}}} = \\frac{${texNum(n.article.scores[i])}}{${texNum(n.sqrtD)}} = ${texNum(n.article.scaled[i])}`)}`,
  );
  return `\\begin{aligned}${lines.join(' \\\\[0.25em] ')}\\end{aligned}`;
}

/** The exponentials, their sum and each weight: one line per token, so it fits narrow screens. */
export function weightsTex(parts: WorkedNumbers['parts'], scaled: readonly number[], tokens: readonly string[]): string {
  const shift = parts.shift === 0 ? '' : ` - ${texNum(parts.shift)}`;
  const sum = `${texLink(wq.sum, `\\textstyle\\sum_j e^{\\tilde{s}_j${shift}}`)} &= ${texLink(wq.sum, `${parts.exps.map((x) => texNum(x)).join(' + ')} = ${texNum(parts.sum)}`)}`;
  const den = texLink(wq.sum, texNum(parts.sum));
  const weights = tokens.map(
    (tok, i) =>
      `${texLink(wq.weight(i), `w${sub(tok)}`)} &= ${texLink(wq.weight(i), `\\frac{e^{${texNum(scaled[i])}${shift}}}{${den}} = \\frac{${texNum(parts.exps[i])}}{${den}} = ${texNum(parts.weights[i])}`)}`,
  );
  // Rows of stacked fractions get air between them: a denominator sat 1 px above the next numerator.
  return `\\begin{aligned}${[sum, ...weights].join(' \\\\[0.25em] ')}\\end{aligned}`;
}

/** o = Σ w_i v_i with the live weights and values, one term per line. */
export function outputTex(weights: readonly number[], V: readonly (readonly number[])[], output: readonly number[]): string {
  const terms = weights.map(
    (w, i) => `${i === 0 ? `${texLink(wq.output, 'o')} &= ` : '&\\quad + '}${texLink(wq.weight(i), texNum(w))} \\cdot ${texLink(wq.v(i), texVec(V[i], true))}`,
  );
  return `\\begin{aligned}${terms.join(' \\\\ ')} \\\\ &= ${texLink(wq.output, texVec(output))}\\end{aligned}`;
}

/** The real decoder's row: softmax over four scores, then the output. */
export function selfTex(n: WorkedNumbers): string {
  const t = n.real.trace;
  // Two short lines (no tall fraction; the four weights are in the table above), so the step fits a projector screen without a cut.
  const arg = n.scaled ? `${texVec(t.scores[0])} / \\sqrt{${n.d}}` : texVec(t.scores[0]);
  return `\\begin{aligned}w &= \\operatorname{softmax}\\!\\left(${arg}\\right) \\\\ ${texLink(wq.output, 'o')} &= ${texLink(wq.output, texVec(t.output[0]))}\\end{aligned}`;
}

/** Attention(q, K, V) = softmax(q Kᵀ / √d_k) V with the current output. */
export function summaryTex(n: WorkedNumbers): string {
  return `o_{${texText('on')}} = \\operatorname{softmax}\\!\\left(\\frac{q_{${texText('on')}} K^{\\top}}{\\sqrt{d_k}}\\right) V = ${texVec(n.real.trace.output[0])}`;
}

/** q as given, trimmed digits (it is an input). */
export function qTex(s: WorkedState): string {
  return `q_{${texText('on')}} = ${texVec(s.q, true)},\\quad d_k = ${texShort(s.d)}`;
}
