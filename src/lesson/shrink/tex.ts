/** TeX for chapter `shrink`, from the same numbers and formatting as the stage and panels (symbols only; words are \text{} from the catalogs). Linked numbers carry their quantity ids (links.ts). */
import { fmtInt, texInt, texNum, texShort, texSig, texText } from '../format';
import { quantizedBits } from '../../core';
import { texLink } from '../links';
import type { QuantView, TokenView } from './derive';
import { sq } from './links';

/** A TeX row vector [a, b, …] whose i-th entry is linked to quantity id(i) (texVec's separators). */
function linkedVec(tex: readonly string[], id: (i: number) => string): string {
  return `[${tex.map((x, i) => texLink(id(i), x)).join(tex.some((x) => x.includes('{,}')) ? ';\\ ' : ',\\ ')}]`;
}

/** The full cache's size: 2 (K and V) × layers × K/V heads × head dim × T tokens × 2 bytes. */
export function cacheTex(c: { layers: number; kvHeads: number; headDim: number }, T: number, bytes: number, unit: string): string {
  return [
    '\\begin{aligned}',
    `&2 \\times L \\times n_{kv} \\times d_h \\times T \\times 2 \\\\`,
    `&= 2 \\times ${texLink(sq.layers, String(c.layers))} \\times ${texLink(sq.kvHeads, String(c.kvHeads))} \\times ${texLink(sq.headDim, String(c.headDim))} \\times ${texLink(sq.T, texInt(T))} \\times 2 = ${texLink(sq.bytes, texInt(bytes))}\\ ${texText(unit)}`,
    '\\end{aligned}',
  ].join('\n');
}

/** KL(p ‖ p̂) at the selected position, with the full cache's top word as the example term. */
export function klTex(tk: TokenView, nats: string): string {
  const w = texText(tk.full.word);
  return [
    '\\begin{aligned}',
    `\\mathrm{KL}(p \\,\\|\\, \\hat p) &= \\sum\\nolimits_{w} p(w) \\ln \\frac{p(w)}{\\hat p(w)} = ${texLink(sq.kl, texNum(tk.kl))}\\ ${texText(nats)} \\\\`,
    `p(${w}) &= ${texLink(sq.full, texNum(tk.full.p))}, \\quad \\hat p(${w}) = ${texLink(sq.phat, texNum(tk.shrunkOfFull))}`,
    '\\end{aligned}',
  ].join('\n');
}

/** H2O's score of a cached token j for one K/V head g: the attention it received from every query so far, summed over g's query heads. */
export function h2oTex(example: { word: string; pos: number; score: number; layer: number; head: number; t: number } | null): string {
  // Query positions u ≤ t (not t′: a prime inside a subscript is a second-level script, ~14 px on a slide).
  const def = `s_j = \\sum\\nolimits_{u \\le t} \\; \\sum\\nolimits_{h \\in g} a^{(h)}_{u j}`;
  if (!example) return def;
  const s = texLink(sq.score(example.layer, example.head, example.pos), `s_{${texText(example.word)}} = ${texNum(example.score)}`);
  // Two lines: on one, a slide's 24 px scripts made it wider than its box even at the smallest zoom.
  return `\\begin{gathered} ${def}, \\\\ ${s} \\quad (\\ell = ${example.layer + 1},\\ g = ${example.head + 1},\\ ${texLink(sq.tok(example.t), `t = ${fmtInt(example.t)}`)}) \\end{gathered}`;
}

/** The worked group of the quantize step: scale, codes, what is read back, and the bound |x − x̂| ≤ s/2 (every number linked). */
export function groupTex(ex: NonNullable<QuantView['example']>, bits: number): string {
  const top = 2 ** bits - 1;
  const max = texLink(sq.max, texNum(Math.max(...ex.values)));
  const min = texLink(sq.min, `(${texNum(ex.zero)})`);
  return [
    '\\begin{aligned}',
    `x &= ${linkedVec(ex.values.map((v) => texNum(v)), sq.x)} \\\\`,
    `s &= \\frac{\\max x - \\min x}{2^{${texLink(sq.bits, String(bits))}} - 1} = \\frac{${max} - ${min}}{${texInt(top)}} = ${texLink(sq.step, texSig(ex.scale, 4))} \\\\`,
    `c &= \\operatorname{round}\\!\\left(\\frac{x - \\min x}{s}\\right) = ${linkedVec(ex.codes.map((c) => texShort(c)), sq.code)} \\\\`,
    `\\hat x &= \\min x + c\\,s = ${linkedVec(ex.restored.map((v) => texNum(v)), sq.restored)}, \\quad |x - \\hat x| \\le \\tfrac{s}{2} = ${texLink(sq.half, texSig(ex.scale / 2, 4))}`,
    '\\end{aligned}',
  ].join('\n');
}

/** Bits per stored number, all in: b for the code + 2 × 16 for a zero and a scale per group (hd numbers per token, `block` per channel, one complete block). */
export function bitsTex(bits: number, hd: number, block: number, labels: { token: string; channel: string }): string {
  const perToken = quantizedBits(1, hd, bits, 'token') / hd;
  const perChannel = quantizedBits(block, hd, bits, 'channel', block) / (block * hd);
  return [
    '\\begin{aligned}',
    `${texText(labels.token)}: &\\; ${bits} + \\tfrac{2 \\times 16}{${texLink(sq.headDim, String(hd))}} = ${texLink(sq.bpn('token', bits), texSig(perToken, 3))} \\\\`,
    `${texText(labels.channel)}: &\\; ${bits} + \\tfrac{2 \\times 16}{${texLink(sq.block, fmtInt(block))}} = ${texLink(sq.blockBits, texSig(perChannel, 3))}`,
    '\\end{aligned}',
  ].join('\n');
}
