/** TeX for the origin chapter, built only from numbers via texShort (same digits as the panels). */
import { texFactor, texShort, texText } from '../format';
import { texLink } from '../links';
import { oq } from './links';
import type { OriginNumbers, Pick } from './derive';
import { TOKENS } from './model';

const lower = { Q: 'q', K: 'k', V: 'v' } as const;

/** The explained entry: (X·W)[t][j] = Σ_i X[t][i] W[i][j], written term by term with the live numbers. */
export function entryTex(n: OriginNumbers, p: Pick): string {
  const tok = texText(TOKENS[p.row]);
  // Each factor is linked to its cell on the stage (x of the token, W's entry), the sum to the entry it makes.
  const terms = n.pick.x.map((xi, i) => `${texLink(oq.x(p.row, i), texFactor(xi))} \\cdot ${texLink(oq.w(p.which, i, p.col), texFactor(n.pick.w[i]))}`).join(' + ');
  const products = n.pick.terms.map((t) => texFactor(t)).join(' + ');
  const value = texLink(oq.out(p.which, p.row, p.col), texShort(n.pick.value));
  return `\\begin{aligned}${lower[p.which]}_{${tok},${p.col + 1}} &= \\textstyle\\sum_i X_{${tok},i}\\,(W_${p.which})_{i,${p.col + 1}} \\\\ &= ${terms} \\\\ &= ${products} = ${value}\\end{aligned}`;
}

/** The three projections and their shapes (rows = tokens, columns = dimensions), at full size (no small under-labels). */
export function shapesTex(T: number, dModel: number, dK: number): string {
  const shape = (a: number, b: number) => `(${a} \\times ${b})`;
  return `\\begin{aligned}&Q = X W_Q,\\quad K = X W_K,\\quad V = X W_V \\\\ &${shape(T, dModel)} \\cdot ${shape(dModel, dK)} \\;\\to\\; ${shape(T, dK)}\\end{aligned}`;
}

/** k_cat before and after doubling X's row "cat". */
export function doubledTex(n: OriginNumbers): string {
  const v = (x: readonly number[]) => `[${x.map((y) => texShort(y)).join(',\\ ')}]`;
  const cat = texText('cat');
  return `k_{${cat}} = ${v(n.doubled.before)} \\;\\longrightarrow\\; (2x_{${cat}})\\,W_K = ${v(n.doubled.after)} = 2 \\cdot ${v(n.doubled.before)}`;
}
