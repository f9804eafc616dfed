/**
 * A declarative table of state fields, read and written by the same code (after
 * tensorflow/playground's state.ts): each chapter lists its fields once, and the URL codec,
 * validation and "differs from default" checks all follow from that list.
 */

/** Largest magnitude any number in a shared link may have. */
export const MAX_ABS = 1e6;

export type FieldSpec =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'num'; min: number; max: number }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'vec'; maxLen: number }
  | { kind: 'mat'; maxRows: number; maxCols: number }
  | { kind: 'text'; maxLen: number; pattern: RegExp };

/** One spec per field of a chapter's state S. */
export type FieldTable<S> = { readonly [K in keyof S]: FieldSpec };

const NUM = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/;

/** A number as the shortest text that reads back to the same double. */
function writeNum(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}

/** Text → finite number within ±limit, or null. Int and num fields pass their own range (which may exceed MAX_ABS, e.g. a token count). */
function readNum(s: string, limit = MAX_ABS): number | null {
  if (!NUM.test(s)) return null;
  const x = Number(s);
  return Number.isFinite(x) && Math.abs(x) <= limit ? x : null;
}

/** Writes one field value as URL-safe text (`,` between entries, `_` between rows). */
export function writeField(spec: FieldSpec, value: unknown): string {
  switch (spec.kind) {
    case 'int':
    case 'num':
      return writeNum(value as number);
    case 'bool':
      return value ? '1' : '0';
    case 'enum':
    case 'text':
      return encodeURIComponent(value as string);
    case 'vec':
      return (value as number[]).map(writeNum).join(',');
    case 'mat':
      return (value as number[][]).map((row) => row.map(writeNum).join(',')).join('_');
  }
}

/** Reads one field value, or returns undefined when the text is not valid for the spec. */
export function readField(spec: FieldSpec, text: string): unknown {
  switch (spec.kind) {
    case 'int': {
      const x = readNum(text, Infinity);
      return x !== null && Number.isInteger(x) && x >= spec.min && x <= spec.max ? x : undefined;
    }
    case 'num': {
      const x = readNum(text, Infinity);
      return x !== null && x >= spec.min && x <= spec.max ? x : undefined;
    }
    case 'bool':
      return text === '1' ? true : text === '0' ? false : undefined;
    case 'enum': {
      const s = safeDecode(text);
      return s !== undefined && spec.values.includes(s) ? s : undefined;
    }
    case 'text': {
      const s = safeDecode(text);
      return s !== undefined && s.length <= spec.maxLen && spec.pattern.test(s) ? s : undefined;
    }
    case 'vec':
      return readRow(text, spec.maxLen);
    case 'mat': {
      if (text === '') return [];
      const rows = text.split('_');
      if (rows.length > spec.maxRows) return undefined;
      const out: number[][] = [];
      for (const r of rows) {
        const row = readRow(r, spec.maxCols);
        if (!row || (out.length > 0 && row.length !== out[0].length)) return undefined; // rows of one length only
        out.push(row);
      }
      return out;
    }
  }
}

function readRow(text: string, maxLen: number): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(',');
  if (parts.length > maxLen) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    const x = readNum(p);
    if (x === null) return undefined;
    out.push(x);
  }
  return out;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** Longest text a double can be written as (e.g. "-1.2345678901234567e-300"). */
const MAX_NUM_CHARS = 24;

/** Longest text writeField can produce for any valid value of spec (bounds the hash length we accept). */
export function maxFieldChars(spec: FieldSpec): number {
  switch (spec.kind) {
    case 'int':
    case 'num':
      return MAX_NUM_CHARS;
    case 'bool':
      return 1;
    case 'enum':
      return Math.max(0, ...spec.values.map((v) => encodeURIComponent(v).length));
    case 'text':
      return spec.maxLen * 9; // one UTF-16 unit encodes to at most 9 characters (%XX%XX%XX)
    case 'vec':
      return spec.maxLen * (MAX_NUM_CHARS + 1);
    case 'mat':
      return spec.maxRows * spec.maxCols * (MAX_NUM_CHARS + 1);
  }
}

/** Deep equality of plain field values (numbers, booleans, strings, nested arrays). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return Object.is(a, b) || (a === 0 && b === 0);
}
