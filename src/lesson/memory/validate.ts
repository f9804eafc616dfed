/** What each of the calculator's whole-number inputs accepts (pure; messages are catalog keys). */
import type { NumberRule } from '../../state/numberRule';
import { fmtInt } from '../format';
import { BOUNDS, type IntField, type MemoryState } from './model';

/** The rule of one field: a whole number within its bounds, and K/V heads that divide the query heads evenly. */
export function memoryRule(field: IntField, s: MemoryState): NumberRule {
  const [min, max] = BOUNDS[field];
  const check =
    field === 'kvHeads'
      ? (v: number) => (s.qHeads % v !== 0 ? { error: 'memory.error.kvDivides' as const, params: { q: fmtInt(s.qHeads) } } : null)
      : field === 'qHeads'
        ? (v: number) => (v % s.kvHeads !== 0 ? { error: 'memory.error.qDivisible' as const, params: { kv: fmtInt(s.kvHeads) } } : null)
        : undefined;
  return { integer: true, min, max, check };
}
