/** TeX for the RoPE chapter, built only from numbers via the format rules (same digits as the panels). */
import { texInt, texNum, texShort, texText, texVec } from '../format';
import { texLink } from '../links';
import { rq } from './links';
import type { BugNumbers } from './bug';
import type { CacheNumbers } from './cache';
import type { MoveNumbers } from './move';
import type { PairsNumbers, RelativeNumbers } from './pairs';

const col = (a: number, b: number) => `\\begin{pmatrix}${texNum(a)} \\\\ ${texNum(b)}\\end{pmatrix}`;

/** Pair i of q turned by m·θ_i: θ_i = b^(−2i/hd), the angle, and the 2×2 rotation with its numbers. */
export function pairTex(n: PairsNumbers, i: number, base: number, hd: number): string {
  const p = n.pairs[i];
  const [[c, ms], [s]] = p.qRotation;
  const rot = `\\begin{pmatrix}${texNum(c)} & ${texNum(ms)} \\\\ ${texNum(s)} & ${texNum(c)}\\end{pmatrix}`;
  return (
    `\\begin{aligned}${texLink(rq.theta(i), `\\theta_{${i}}`)} &= ${texLink(rq.theta(i), `${texShort(base)}^{-2\\cdot ${i}/${hd}} = ${texNum(p.theta)}`)},\\quad ${texLink(rq.qTurn(i), `m\\,\\theta_{${i}} = ${texInt(n.m)} \\times ${texNum(p.theta)} = ${texNum(p.qTurn)}`)}` +
    ` \\\\ ${col(p.q.x, p.q.y)} &= R(m\\,\\theta_{${i}})\\,${col(p.qRaw.x, p.qRaw.y)} = ${rot}${col(p.qRaw.x, p.qRaw.y)}\\end{aligned}`
  );
}

/** The score at (m, n) and at (m + s, n + s), pair shares summed, and their difference. */
export function relativeTex(r: RelativeNumbers): string {
  const sum = (n: PairsNumbers) => n.pairs.map((p) => texNum(p.dot)).join(' + ').replace(/\+ -/g, '- ');
  const a = r.at;
  const b = r.shifted;
  return (
    `\\begin{aligned}(R(${texInt(a.m)})\\,q)\\cdot(R(${texInt(a.n)})\\,k) &= ${sum(a)} = ${texNum(a.score)}` +
    ` \\\\ (R(${texInt(b.m)})\\,q)\\cdot(R(${texInt(b.n)})\\,k) &= ${sum(b)} = ${texNum(b.score)}` +
    ` \\\\ |\\Delta| &= ${texNum(r.diff)} \\quad (m - n = ${texInt(a.m - a.n)})\\end{aligned}`
  );
}

/** The key of row t is R(n)·W_k x_t: its own position only; the newest query meets it fresh each step. */
export function cacheTex(c: CacheNumbers, row: number, token: string, hd: number): string {
  const r = c.rows[row];
  const newest = c.rows[c.newest];
  return (
    `\\begin{aligned}k_{${texText(token)}} &= R(${texInt(r.position)})\\,W_k\\,x_{${texText(token)}} = ${texVec(r.k)}` +
    ` \\\\ \\max\\nolimits_j\\,|k_{${texText(token)},j} - k^{\\star}_{${texText(token)},j}| &= ${texNum(r.vsRecomputed)},\\qquad q_{${texInt(newest.position)}}\\cdot k_{${texText(token)}}/\\sqrt{${texInt(hd)}} = ${texNum(r.score)}\\end{aligned}`
  );
}

/** KL(P‖Q) at the step shown (P: right positions, Q: the bug's), with the position each loop used there; labels already translated. */
export function bugTex(b: BugNumbers, T: number, labels: { right: string; wrong: string }): string {
  const st = b.steps[b.at - 1];
  const pos =
    st.rightPos === null ? '' : `p_{${texText(labels.right)}} = ${texInt(st.rightPos)},\\ p_{${texText(labels.wrong)}} = ${texInt(st.wrongPos ?? 0)},\\quad `;
  return `${pos}\\mathrm{KL}(P\\,\\|\\,Q) = \\sum_w P(w)\\,\\ln\\frac{P(w)}{Q(w)} = ${texNum(st.kl)}\\quad (T = ${texInt(T)})`;
}

/** The fix: position T + s; the cached run against recomputing everything (ℓ*). */
export function fixTex(b: BugNumbers, T: number): string {
  return `p_s = T + s = ${texInt(T)} + s,\\qquad \\max\\nolimits_{s,w}\\,|\\ell_{s,w} - \\ell^{\\star}_{s,w}| = ${texNum(b.vsNoCache)}`;
}

/**
 * A vector of (n) entries in an aligned block, broken after every `per` entries onto an indented line of its
 * own, so an 8-entry key at 24 px never runs past a slide's formula box (the digits are texVec's).
 */
export function texVecLines(v: readonly number[], per = 4): string {
  const items = texVec(v).slice(1, -1).split(/(?<=,|;)\\ /);
  const lines: string[] = [];
  // A line's first entry in braces: after \\qquad a leading minus would be set as a binary minus ("− 1.268").
  const lead = (x: string) => x.replace(/^(.*?)([,;]?)$/, '{$1}$2');
  for (let i = 0; i < items.length; i += per) lines.push([lead(items[i]), ...items.slice(i + 1, i + per)].join('\\ '));
  return `[${lines.join(' \\\\ &\\qquad ')}]`;
}

/** R(p' − p)·k_p against R(p')·W_k x, entry by entry; each vector on two lines (4 entries each at hd = 8). */
export function moveTex(m: MoveNumbers): string {
  return (
    `\\begin{aligned}R(${texInt(m.to)} - ${texInt(m.from)})\\,k_{${texInt(m.from)}} &= ${texVecLines(m.moved)}` +
    ` \\\\ R(${texInt(m.to)})\\,W_k\\,x &= ${texVecLines(m.computed)}` +
    ` \\\\ \\max\\nolimits_j |\\Delta_j| &= ${texNum(m.maxDiff)}\\end{aligned}`
  );
}
