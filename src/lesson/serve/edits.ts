/** State changes of the serving chapter (pure): request rows, reseeding, the step counter, and the input rules. */
import type { MsgKey } from '../../i18n';
import type { NumberRule } from '../../state/numberRule';
import { BOUNDS, rowsFromSeed, SERVE_DEFAULTS, type ServeState } from './model';

/** Columns of a request row. */
export const REQ_COLS = ['arrival', 'prompt', 'output'] as const;
/** One column of a request row. */
export type ReqCol = (typeof REQ_COLS)[number];

/** The largest value a request cell may take with the other cells as they are (prompt + output ≤ maxLen). */
export function cellMax(s: ServeState, row: number, col: ReqCol): number {
  const [, p, o] = s.reqs[row];
  if (col === 'arrival') return BOUNDS.arrival[1];
  const other = col === 'prompt' ? o : p;
  return Math.min(BOUNDS[col][1], s.maxLen - other);
}

/** The state with one request cell replaced (the caller has checked the bounds). */
export function setRequestCell(s: ServeState, row: number, col: ReqCol, value: number): ServeState {
  const j = REQ_COLS.indexOf(col);
  return { ...s, reqs: s.reqs.map((r, i) => (i === row ? r.map((x, k) => (k === j ? value : x)) : r)) };
}

/** The smallest maximum length the current requests allow (their longest prompt + output). */
export function minMaxLen(s: ServeState): number {
  return Math.max(BOUNDS.maxLen[0], ...s.reqs.map(([, p, o]) => p + o));
}

/** A request appended: arriving with the last one, 8 prompt and 8 output tokens (or less if maxLen is small). */
export function addRequest(s: ServeState): ServeState {
  if (s.reqs.length >= BOUNDS.count[1]) return s;
  const arrival = s.reqs.length > 0 ? s.reqs[s.reqs.length - 1][0] : 0;
  const half = Math.max(1, Math.min(8, Math.floor(s.maxLen / 2)));
  return { ...s, reqs: [...s.reqs, [arrival, half, half]] };
}

/** The last request removed (at least one stays). */
export function removeRequest(s: ServeState): ServeState {
  return s.reqs.length <= BOUNDS.count[0] ? s : { ...s, reqs: s.reqs.slice(0, -1) };
}

/** New requests drawn from `seed`, as many as now, lengths capped to fit maxLen. */
export function reseed(s: ServeState, seed: number): ServeState {
  const rows = rowsFromSeed(seed, s.reqs.length).map(([a, p, o]) => {
    const prompt = Math.min(p, s.maxLen - 1);
    return [a, prompt, Math.min(o, s.maxLen - prompt)];
  });
  return { ...s, reqs: rows, t: 0 };
}

/** The seed after `seed` (wrapping to 0 after the largest). */
export function nextSeed(seed: number): number {
  return seed >= BOUNDS.seed[1] ? 0 : seed + 1;
}

/** True when the requests differ from the default sequence. */
export function requestsEdited(s: ServeState): boolean {
  return JSON.stringify(s.reqs) !== JSON.stringify(SERVE_DEFAULTS.reqs);
}

/** The default request sequence back (other inputs kept). */
export function resetRequests(s: ServeState): ServeState {
  return { ...s, reqs: structuredClone(SERVE_DEFAULTS.reqs), maxLen: Math.max(s.maxLen, SERVE_DEFAULTS.maxLen), t: 0 };
}

/** The step counter moved to t, kept within 0…last. */
export function goToStep(s: ServeState, t: number, last: number): ServeState {
  return { ...s, t: Math.max(0, Math.min(last, Math.min(BOUNDS.t[1], Math.round(t)))) };
}

/** The rule of a whole-number input: in [min, max], and above `allowed` the given message (the other inputs forbid it). */
export function intRule(min: number, max: number, allowed = max, tooBig?: { key: MsgKey; params: Record<string, string | number> }): NumberRule {
  const check = tooBig && allowed < max ? (v: number) => (v > allowed ? { error: tooBig.key, params: tooBig.params } : null) : undefined;
  return { integer: true, min, max, check };
}
