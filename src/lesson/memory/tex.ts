/** TeX for the memory chapter, built from the same numbers and formatting as the panels; words come in the reader's language. */
import { texShort, texText } from '../format';
import { groupDigits, texBinary, texExactBytes } from './bytes';
import type { MemoryNumbers } from './derive';
import type { MemoryState } from './model';

const n = (x: number) => groupDigits(BigInt(x)).replace(/,/g, '{,}');

/** The token factor: T, or min(T, W) with a sliding window W. */
function tokens(s: MemoryState): { sym: string; num: string } {
  return s.window > 0 ? { sym: '\\min(T, W)', num: `\\min(${n(s.tokens)}, ${n(s.window)})` } : { sym: 'T', num: n(s.tokens) };
}

/** The size formula with every factor filled in, for the per-head layout or MLA. */
export function totalTex(s: MemoryState, m: MemoryNumbers): string {
  const b = texShort(m.bits / 8);
  const T = tokens(s);
  const head =
    s.layout === 'mla'
      ? `L \\times (d_c + d_h^R) \\times ${T.sym} \\times B \\times b = ${n(s.layers)} \\times (${n(s.latentDim)} + ${n(s.ropeDim)})`
      : `2 \\times L \\times n_{kv} \\times d_h \\times ${T.sym} \\times B \\times b = 2 \\times ${n(s.layers)} \\times ${n(s.kvHeads)} \\times ${n(s.headDim)}`;
  return `\\begin{aligned}&${head} \\times ${T.num} \\times ${n(s.batch)} \\times ${b} \\\\ &= ${texExactBytes(m.total.bits)}\\ \\text{B} = ${texBinary(m.total.bytes)}\\end{aligned}`;
}

/** Bytes per token over all layers; `perToken` is the words "per token" in the reader's language. */
export function perTokenTex(s: MemoryState, m: MemoryNumbers, perToken: string): string {
  const b = texShort(m.bits / 8);
  const elems = s.layout === 'mla' ? `(${n(s.latentDim)} + ${n(s.ropeDim)})` : `2 \\times ${n(s.kvHeads)} \\times ${n(s.headDim)}`;
  return `${texText(perToken)} = ${n(s.layers)} \\times ${elems} \\times ${b} = ${texExactBytes(m.perToken.bits)}\\ \\text{B} = ${texBinary(m.perToken.bytes)}`;
}
