/** TeX for the origin chapter, built only from numbers via texNum (same digits as the panels). */
import { texFactor, texNum, texText } from '../format';
import type { OriginNumbers, Pick } from './derive';
import { TOKENS } from './model';

const lower = { Q: 'q', K: 'k', V: 'v' } as const;

/** The explained entry: (X·W)[t][j] = Σ_i X[t][i] W[i][j], written term by term with the live numbers. */
export function entryTex(n: OriginNumbers, p: Pick): string {
  const tok = texText(TOKENS[p.row]);
  const terms = n.pick.x.map((xi, i) => `${texFactor(xi)} \\cdot ${texFactor(n.pick.w[i])}`).join(' + ');
  const products = n.pick.terms.map((t) => texNum(t)).join(' + ');
  return `\\begin{aligned}${lower[p.which]}_{${tok},${p.col + 1}} &= \\textstyle\\sum_i X_{${tok},i}\\,(W_${p.which})_{i,${p.col + 1}} \\\\ &= ${terms} \\\\ &= ${products} = ${texNum(n.pick.value)}\\end{aligned}`;
}

/** The three projections with their shapes. */
export function shapesTex(T: number, dModel: number, dK: number): string {
  const shape = (a: number, b: number) => `(${a} \\times ${b})`;
  return `Q = X W_Q,\\quad K = X W_K,\\quad V = X W_V:\\quad \\underset{${shape(T, dModel)}}{X}\\;\\underset{${shape(dModel, dK)}}{W} = \\underset{${shape(T, dK)}}{XW}`;
}

/** k_cat before and after doubling X's row "cat". */
export function doubledTex(n: OriginNumbers): string {
  const v = (x: readonly number[]) => `[${x.map((y) => texNum(y)).join(',\\ ')}]`;
  const cat = texText('cat');
  return `k_{${cat}} = ${v(n.doubled.before)} \\;\\longrightarrow\\; (2x_{${cat}})\\,W_K = ${v(n.doubled.after)} = 2 \\cdot ${v(n.doubled.before)}`;
}

/** K = X·W_K and V = X·W_V as matrices with the live numbers (with X = I they are W_K and W_V). */
export function articleTex(n: OriginNumbers): string {
  const mat = (m: readonly (readonly number[])[]) => `\\begin{bmatrix}${m.map((r) => r.map((x) => texNum(x)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
  return `K = X W_K = ${mat(n.K)},\\quad V = X W_V = ${mat(n.V)}`;
}
