/** TeX for the serving chapter, from the same numbers and formatting as the panels (symbols only; words stay in the catalogs). */
import { texInt, texShort } from '../format';
import { texExactBytes } from '../memory/bytes';
import { cacheRoom, usableBits } from '../../core/gpuFit';
import type { FitNumbers } from './fit';
import { type ServeState, WEIGHT_BITS } from './model';

const n = texInt;

/** M (usable), W (weights), c (cache per token per sequence): the largest batch at T and the longest context at B, filled in. */
export function fitTex(s: ServeState, f: FitNumbers): string {
  const M = usableBits(f.setup);
  const c = texExactBytes(f.kvBitsPerToken);
  const head = [
    `M &= ${n(Number(s.gpu))}\\ \\text{GiB} \\times ${s.usable}\\,\\% = ${texExactBytes(M)}\\ \\text{B} \\\\`,
    `W &= ${n(f.params)} \\times ${texShort(WEIGHT_BITS[s.wDtype] / 8)}\\ \\text{B} = ${texExactBytes(f.weightBits)}\\ \\text{B} \\\\`,
  ];
  if (M <= f.weightBits) return ['\\begin{aligned}', ...head, 'M - W &\\le 0 \\;\\Rightarrow\\; B_{\\max} = T_{\\max} = 0', '\\end{aligned}'].join('\n');
  const room = texExactBytes(cacheRoom(f.setup));
  return [
    '\\begin{aligned}',
    ...head,
    `M - W &= ${room}\\ \\text{B},\\quad c = ${c}\\ \\text{B} \\\\`,
    `B_{\\max} &= \\left\\lfloor \\frac{M - W}{c \\cdot T} \\right\\rfloor = \\left\\lfloor \\frac{${room}}{${c} \\times ${n(s.context)}} \\right\\rfloor = ${n(f.maxBatch)} \\\\`,
    `T_{\\max} &= \\left\\lfloor \\frac{M - W}{c \\cdot B} \\right\\rfloor = \\left\\lfloor \\frac{${room}}{${c} \\times ${n(s.batch)}} \\right\\rfloor = ${n(f.maxContext)}`,
    '\\end{aligned}',
  ].join('\n');
}
