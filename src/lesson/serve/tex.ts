/** TeX for the serving chapter, from the same numbers and formatting as the panels (symbols only; words stay in the catalogs). */
import { texInt, texShort } from '../format';
import { texExactBytes } from '../memory/bytes';
import { cacheRoom, usableBits } from '../../core/gpuFit';
import type { FitNumbers } from './fit';
import { type ServeState, WEIGHT_BITS } from './model';
import { texLink } from '../links';
import { fq } from './links';

const n = texInt;

/** M (usable), W (weights), c (cache per token per sequence): the largest batch at T and the longest context at B, filled in. */
export function fitTex(s: ServeState, f: FitNumbers): string {
  const M = usableBits(f.setup);
  const c = texLink(fq.c, texExactBytes(f.kvBitsPerToken));
  const head = [
    `M &= ${texLink(fq.gpu, n(Number(s.gpu)))}\\ \\text{GiB} \\times ${texLink(fq.usable, String(s.usable))}\\,\\% = ${texLink(fq.M, texExactBytes(M))}\\ \\text{B} \\\\`,
    `W &= ${texLink(fq.params, n(f.params))} \\times ${texShort(WEIGHT_BITS[s.wDtype] / 8)}\\ \\text{B} = ${texLink(fq.W, texExactBytes(f.weightBits))}\\ \\text{B} \\\\`,
  ];
  if (M <= f.weightBits) return ['\\begin{aligned}', ...head, 'M - W &\\le 0 \\;\\Rightarrow\\; B_{\\max} = T_{\\max} = 0', '\\end{aligned}'].join('\n');
  const room = texLink(fq.room, texExactBytes(cacheRoom(f.setup)));
  return [
    '\\begin{aligned}',
    ...head,
    `M - W &= ${room}\\ \\text{B},\\quad c = ${c}\\ \\text{B} \\\\`,
    `B_{\\max} &= \\left\\lfloor \\frac{M - W}{c \\cdot T} \\right\\rfloor = \\left\\lfloor \\frac{${room}}{${c} \\times ${texLink(fq.context, n(s.context))}} \\right\\rfloor = ${texLink(fq.maxBatch, n(f.maxBatch))} \\\\`,
    `T_{\\max} &= \\left\\lfloor \\frac{M - W}{c \\cdot B} \\right\\rfloor = \\left\\lfloor \\frac{${room}}{${c} \\times ${texLink(fq.batch, n(s.batch))}} \\right\\rfloor = ${texLink(fq.maxContext, n(f.maxContext))}`,
    '\\end{aligned}',
  ].join('\n');
}
