/** TeX for the memory chapter, built from the same numbers and formatting as the panels. */
import { texShort } from '../format';
import { groupDigits, texBinary, texExactBytes } from './bytes';
import type { MemoryNumbers } from './derive';
import type { MemoryState } from './model';

const n = (x: number) => groupDigits(BigInt(x)).replace(/,/g, '{,}');

/** The size formula with every factor filled in, for the per-head layout or MLA. */
export function totalTex(s: MemoryState, m: MemoryNumbers): string {
  const b = texShort(m.bits / 8);
  const head =
    s.layout === 'mla'
      ? `L \\times (d_c + d_h^R) \\times T \\times B \\times b = ${n(s.layers)} \\times (${n(s.latentDim)} + ${n(s.ropeDim)})`
      : `2 \\times L \\times n_{kv} \\times d_h \\times T \\times B \\times b = 2 \\times ${n(s.layers)} \\times ${n(s.kvHeads)} \\times ${n(s.headDim)}`;
  return `\\begin{aligned}&${head} \\times ${n(s.tokens)} \\times ${n(s.batch)} \\times ${b} \\\\ &= ${texExactBytes(m.total.bits)}\\ \\text{B} = ${texBinary(m.total.bytes)}\\end{aligned}`;
}

/** Bytes per token over all layers. */
export function perTokenTex(s: MemoryState, m: MemoryNumbers): string {
  const b = texShort(m.bits / 8);
  const elems = s.layout === 'mla' ? `(${n(s.latentDim)} + ${n(s.ropeDim)})` : `2 \\times ${n(s.kvHeads)} \\times ${n(s.headDim)}`;
  return `\\text{per token} = ${n(s.layers)} \\times ${elems} \\times ${b} = ${texExactBytes(m.perToken.bits)}\\ \\text{B} = ${texBinary(m.perToken.bytes)}`;
}
