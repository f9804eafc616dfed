/** Validation of what a person types into the calculator's integer inputs (pure; messages are catalog keys). */
import type { MsgKey } from '../../i18n';
import { BOUNDS, type IntField, type MemoryState } from './model';

export type IntResult = { ok: true; value: number } | { ok: false; key: MsgKey; params: Record<string, string> };

const DIGITS = /^\d{1,3}(,\d{3})*$|^\d+$/;
const fmtInt = (n: number) => n.toLocaleString('en-US');

/** Parses "8192" or "8,192" into a positive integer within the field's bounds, consistent with the other inputs. */
export function parseIntInput(text: string, field: IntField, s: MemoryState): IntResult {
  const t = text.trim().replace(/[\s_]/g, '');
  const [min, max] = BOUNDS[field];
  const range = { min: fmtInt(min), max: fmtInt(max) };
  if (t === '') return { ok: false, key: 'memory.error.empty', params: range };
  if (!DIGITS.test(t)) return { ok: false, key: 'memory.error.notInt', params: range };
  const value = Number(t.replace(/,/g, ''));
  if (!Number.isSafeInteger(value) || value < min || value > max) return { ok: false, key: 'memory.error.range', params: range };
  if (field === 'kvHeads' && s.qHeads % value !== 0) {
    return { ok: false, key: 'memory.error.kvDivides', params: { q: fmtInt(s.qHeads) } };
  }
  if (field === 'qHeads' && value % s.kvHeads !== 0) {
    return { ok: false, key: 'memory.error.qDivisible', params: { kv: fmtInt(s.kvHeads) } };
  }
  return { ok: true, value };
}
