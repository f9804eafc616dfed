/** TeX for the RoPE chapter, built only from numbers via the format rules (same digits as the panels). */
import { texInt, texNum, texShort, texText, texVec } from '../format';
import { type QuantityId, texLink } from '../links';
import { bq, cq, mq, rl, rq } from './links';
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

/** The score at (m, n) and at (m + s, n + s), pair shares summed (each linked to its pair's share), and their difference. */
export function relativeTex(r: RelativeNumbers): string {
  const term = (d: number, i: number) => (i === 0 ? texLink(rl.share(i), texNum(d)) : d < 0 ? ` - ${texLink(rl.share(i), texNum(-d))}` : ` + ${texLink(rl.share(i), texNum(d))}`);
  const sum = (n: PairsNumbers) => n.pairs.map((p, i) => term(p.dot, i)).join('');
  const R = (id: QuantityId, pos: number) => `R(${texLink(id, texInt(pos))})`;
  const a = r.at;
  const b = r.shifted;
  return (
    `\\begin{aligned}(${R(rq.m, a.m)}\\,q)\\cdot(${R(rq.n, a.n)}\\,k) &= ${sum(a)} = ${texLink(rq.score, texNum(a.score))}` +
    ` \\\\ (${R(rl.m2, b.m)}\\,q)\\cdot(${R(rl.n2, b.n)}\\,k) &= ${sum(b)} = ${texLink(rl.score2, texNum(b.score))}` +
    ` \\\\ |\\Delta| &= ${texLink(rl.diff, texNum(r.diff))} \\quad (${texLink(rl.dist, `m - n = ${texInt(a.m - a.n)}`)})\\end{aligned}`
  );
}

/** The key of row t is R(n)·W_k x_t: its own position only; the newest query meets it fresh each step (terms linked to the cache table). */
export function cacheTex(c: CacheNumbers, row: number, token: string, hd: number): string {
  const r = c.rows[row];
  const newest = c.rows[c.newest];
  const tok = texText(token);
  return (
    `\\begin{aligned}k_{${tok}} &= R(${texLink(cq.pos(row), texInt(r.position))})\\,W_k\\,x_{${tok}} = ${texLink(cq.key(row), texVec(r.k))}` +
    ` \\\\ \\max\\nolimits_j\\,|k_{${tok},j} - k^{\\star}_{${tok},j}| &= ${texLink(cq.vs(row), texNum(r.vsRecomputed))},\\qquad q_{${texLink(cq.pos(c.newest), texInt(newest.position))}}\\cdot k_{${tok}}/\\sqrt{${texInt(hd)}} = ${texLink(cq.score(row), texNum(r.score))}\\end{aligned}`
  );
}

/** KL(P‖Q) at the step shown (P: right positions, Q: the bug's), with the position each loop used there; labels already translated. */
export function bugTex(b: BugNumbers, T: number, labels: { right: string; wrong: string }): string {
  const st = b.steps[b.at - 1];
  const pos =
    st.rightPos === null
      ? ''
      : `p_{${texText(labels.right)}} = ${texLink(bq.right(b.at), texInt(st.rightPos))},\\ p_{${texText(labels.wrong)}} = ${texLink(bq.wrong(b.at), texInt(st.wrongPos ?? 0))},\\quad `;
  return `${pos}\\mathrm{KL}(P\\,\\|\\,Q) = \\sum_w P(w)\\,\\ln\\frac{P(w)}{Q(w)} = ${texLink(bq.kl(b.at), texNum(st.kl))}\\quad (T = ${texLink(bq.T, texInt(T))})`;
}

/** The fix: position T + s; the cached run against recomputing everything (ℓ*). */
export function fixTex(b: BugNumbers, T: number): string {
  return `p_s = T + s = ${texLink(bq.T, texInt(T))} + s,\\qquad \\max\\nolimits_{s,w}\\,|\\ell_{s,w} - \\ell^{\\star}_{s,w}| = ${texLink(bq.check, texNum(b.vsNoCache))}`;
}

/**
 * A vector of (n) entries in an aligned block, broken after every `per` entries onto an indented line of its
 * own, so an 8-entry key at 24 px never runs past a slide's formula box (the digits are texNum's, as texVec);
 * `id` links entry j to its quantity.
 */
export function texVecLines(v: readonly number[], per = 4, id?: (j: number) => QuantityId): string {
  const nums = v.map((x) => texNum(x));
  const sep = nums.some((x) => x.includes('{,}')) ? ';' : ',';
  const items = nums.map((x, j) => (id ? texLink(id(j), x) : x));
  const lines: string[] = [];
  // A line's first entry in braces: after \qquad a leading minus would be set as a binary minus ("− 1.268").
  for (let i = 0; i < items.length; i += per) lines.push(items.slice(i, i + per).map((x, k) => (k === 0 ? `{${x}}` : x)).join(`${sep}\\ `));
  return `[${lines.join(`${sep} \\\\ &\\qquad `)}]`;
}

/** R(p' − p)·k_p against R(p')·W_k x, entry by entry (each linked to the table); each vector on two lines (4 entries each at hd = 8). */
export function moveTex(m: MoveNumbers): string {
  const to = texLink(mq.to, texInt(m.to));
  const from = texLink(mq.from, texInt(m.from));
  return (
    `\\begin{aligned}R(${to} - ${from})\\,k_{${from}} &= ${texVecLines(m.moved, 4, mq.moved)}` +
    ` \\\\ R(${to})\\,W_k\\,x &= ${texVecLines(m.computed, 4, mq.computed)}` +
    ` \\\\ \\max\\nolimits_j |\\Delta_j| &= ${texLink(mq.max, texNum(m.maxDiff))}\\end{aligned}`
  );
}
