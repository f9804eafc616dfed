/** TeX for the memory chapter, built from the same numbers and formatting as the panels; words come in the reader's language. */
import { texShort, texText } from '../format';
import { texLink } from '../links';
import { groupDigits, texBinary, texExactBytes } from './bytes';
import type { MemoryNumbers } from './derive';
import { mq } from './links';
import type { MemoryState } from './model';

const n = (x: number) => groupDigits(BigInt(x)).replace(/,/g, '{,}');
/** A factor's number, linked to its input on the stage (linked highlighting). */
const ln = (id: string, x: number) => texLink(id, n(x));

/** The token factor: T, or min(T, W) with a sliding window W. */
function tokens(s: MemoryState): { sym: string; num: string } {
  return s.window > 0
    ? { sym: '\\min(T, W)', num: `\\min(${ln(mq.tokens, s.tokens)}, ${ln(mq.window, s.window)})` }
    : { sym: 'T', num: ln(mq.tokens, s.tokens) };
}

/** The size formula on three lines (symbols; every factor filled in; the size), for the per-head layout or MLA. */
export function totalTex(s: MemoryState, m: MemoryNumbers): string {
  const b = texLink(mq.bytes, texShort(m.bits / 8));
  const T = tokens(s);
  const [sym, num] =
    s.layout === 'mla'
      ? [`L \\times (d_c + d_h^R)`, `${ln(mq.layers, s.layers)} \\times (${ln(mq.latentDim, s.latentDim)} + ${ln(mq.ropeDim, s.ropeDim)})`]
      : [`2 \\times L \\times n_{kv} \\times d_h`, `2 \\times ${ln(mq.layers, s.layers)} \\times ${ln(mq.kvHeads, s.kvHeads)} \\times ${ln(mq.headDim, s.headDim)}`];
  const size = texLink(mq.total, `${texExactBytes(m.total.bits)}\\ \\text{B} = ${texBinary(m.total.bytes)}`);
  return `\\begin{aligned}&${sym} \\times ${T.sym} \\times B \\times b \\\\ &= ${num} \\times ${T.num} \\times ${ln(mq.batch, s.batch)} \\times ${b} \\\\ &= ${size}\\end{aligned}`;
}

/** Bytes per token over all layers; `perToken` is the words "per token" in the reader's language. */
export function perTokenTex(s: MemoryState, m: MemoryNumbers, perToken: string): string {
  const b = texLink(mq.bytes, texShort(m.bits / 8));
  const elems =
    s.layout === 'mla' ? `(${ln(mq.latentDim, s.latentDim)} + ${ln(mq.ropeDim, s.ropeDim)})` : `2 \\times ${ln(mq.kvHeads, s.kvHeads)} \\times ${ln(mq.headDim, s.headDim)}`;
  const size = `${texExactBytes(m.perToken.bits)}\\ \\text{B} = ${texBinary(m.perToken.bytes)}`;
  return `${texText(perToken)} = ${ln(mq.layers, s.layers)} \\times ${elems} \\times ${b} = ${texLink(mq.perToken, size)}`;
}
