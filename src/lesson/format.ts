/**
 * Display formatting for numbers: one rule per kind of quantity (GUIDE §8). The core never formats;
 * panels and TeX builders use only these. Every rule writes a real minus (−), never "−0", groups
 * thousands with commas (4,096) and writes extremes as "1.5 × 10⁻⁴", never "1.5e-4".
 *
 * | kind                                   | rule      | example            |
 * |----------------------------------------|-----------|--------------------|
 * | computed real (score, weight, output)  | fmt       | 0.390, −1.500      |
 * | an input value (cell, d_k, ε)          | fmtShort  | 1, 0.5, 1,048,576  |
 * | whole number (count, size, bytes)      | fmtInt    | 4,096, ±64         |
 * | ratio, speed-up                        | fmtRatio  | 369×, 1.50×        |
 * | time                                   | fmtTime   | 19.3 s, 412 µs     |
 * | share                                  | fmtPercent| 39.0 %             |
 * | axis tick                              | fmtTick   | 4K, 1M, 10⁻⁷       |
 */

/** Digits after the decimal point for every computed real value (the full value is on hover/focus). */
export const DIGITS = 3;

const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};
/** Below this magnitude a fixed-digit number would read 0.000; at or above FIXED_MAX it grows too long. */
const FIXED_MAX = 1e6;

/** "1234567.5" → "1,234,567.5" (digits only, no sign). */
function group(digits: string): string {
  const [int, frac] = digits.split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? g : `${g}.${frac}`;
}

const superscript = (exp: number) => String(exp).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
const trimZeros = (m: string) => (m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m);
const isZeroText = (m: string) => /^0(\.0*)?$/.test(m);

/** Splits |x| into a fixed-digit mantissa and exponent when it is too large or too small for fixed notation. */
function parts(x: number, digits: number): { mantissa: string; exp: number | null } {
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= FIXED_MAX || abs < 10 ** -digits / 2)) {
    const [m, e] = abs.toExponential(digits).split('e');
    return { mantissa: m, exp: Number(e) };
  }
  return { mantissa: abs.toFixed(digits), exp: null };
}

/** Non-finite values as symbols, or null for a finite number. */
function special(x: number): string | null {
  if (Number.isNaN(x)) return '—';
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === Number.NEGATIVE_INFINITY) return `${MINUS}∞`;
  return null;
}

function assemble(x: number, mantissa: string, exp: number | null): string {
  const sign = x < 0 && !isZeroText(mantissa) ? MINUS : '';
  return exp === null ? sign + group(mantissa) : `${sign}${mantissa} × 10${superscript(exp)}`;
}

/** A computed real value: `digits` decimals, thousands grouped, ×10ⁿ for extremes (0.39038 → "0.390", 1.234e7 → "1.234 × 10⁷"). */
export function fmt(x: number, digits: number = DIGITS): string {
  const s = special(x);
  if (s !== null) return s;
  const { mantissa, exp } = parts(x, digits);
  return assemble(x, mantissa, exp);
}

/** An input value as typed: whole numbers bare (1,048,576), others with trailing zeros trimmed (0.5, 1 × 10⁻⁶). */
export function fmtShort(x: number, digits: number = DIGITS): string {
  const s = special(x);
  if (s !== null) return s;
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return fmtInt(x);
  const { mantissa, exp } = parts(x, digits);
  return assemble(x, trimZeros(mantissa), exp);
}

/** The full double-precision value as plain text (shown on hover, and in a cell while it is edited). */
export function fmtFull(x: number): string {
  const s = special(x);
  if (s !== null) return s;
  return (Object.is(x, -0) ? '0' : String(x)).replace('-', MINUS);
}

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: true });

/** A whole number (count, size, bytes): no decimals, thousands grouped (4096 → "4,096"); a non-integer is rounded. */
export function fmtInt(n: number): string {
  const s = special(n);
  if (s !== null) return s;
  const r = Math.round(n);
  return r === 0 ? '0' : INT.format(r).replace('-', MINUS);
}

/** An identifier such as a random seed: the whole number as typed, never grouped (1234 → "1234", −7 → "−7"). */
export function fmtId(n: number): string {
  const s = special(n);
  if (s !== null) return s;
  return String(Math.round(n)).replace('-', MINUS);
}

/** `sig` significant digits, grouped (369.4 → "369", 1.5 → "1.50", 0.01234 → "0.0123", 1503 → "1,500"). */
export function fmtSig(x: number, sig = 3): string {
  const s = special(x);
  if (s !== null) return s;
  if (x === 0) return '0';
  const r = Number(x.toPrecision(sig));
  const mag = Math.floor(Math.log10(Math.abs(r)));
  if (mag >= 15 || mag < -4) {
    const [m, e] = Math.abs(r).toExponential(sig - 1).split('e');
    return assemble(r, m, Number(e));
  }
  return assemble(r, Math.abs(r).toFixed(Math.max(0, sig - 1 - mag)), null);
}

/** A ratio or speed-up, 3 significant digits: "369×", "1.50×". */
export function fmtRatio(x: number): string {
  return `${fmtSig(x)}×`;
}

const TIME_UNITS: [number, string][] = [
  [3600, 'h'],
  [60, 'min'],
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
];

/** A duration in the unit that keeps it between 1 and 1,000, 3 significant digits: 19.3 s, 412 µs, 2.50 min. */
export function fmtTime(seconds: number): string {
  const s = special(seconds);
  if (s !== null) return s;
  const abs = Math.abs(seconds);
  const [size, unit] = TIME_UNITS.find(([u]) => abs >= u * 0.9995) ?? TIME_UNITS[TIME_UNITS.length - 1];
  return `${fmtSig(seconds / size)} ${unit}`;
}

/** A duration given in milliseconds (what performance.now measures), in its sensible unit. */
export function fmtMs(ms: number): string {
  return fmtTime(ms / 1000);
}

/** A share with one decimal (0.3904 → "39.0 %"). */
export function fmtPercent(x: number): string {
  return `${fmt(x * 100, 1)} %`;
}

/** 10 to an integer power, as text: −4 → "10⁻⁴". */
export function fmtPow10(exp: number): string {
  return `10${superscript(exp)}`;
}

/**
 * A compact axis or button label that never needs clipping: binary multiples for token counts
 * (1024 → "1K", 1048576 → "1M"), powers of ten beyond 10⁴ / 10⁻⁴ as "10ⁿ", otherwise 3
 * significant digits trimmed ("0.5", "20", "1,000").
 */
export function fmtTick(x: number, opts: { binary?: boolean } = {}): string {
  const s = special(x);
  if (s !== null) return s;
  const abs = Math.abs(x);
  if (opts.binary && abs >= 1024) {
    const [div, unit] = abs >= 1024 ** 3 ? [1024 ** 3, 'G'] : abs >= 1024 ** 2 ? [1024 ** 2, 'M'] : [1024, 'K'];
    return `${x < 0 ? MINUS : ''}${trimZeros(fmtSig(abs / div))}${unit}`;
  }
  const exp = Math.round(Math.log10(abs));
  if (abs !== 0 && Math.abs(abs - 10 ** exp) <= 1e-9 * abs && Math.abs(exp) >= 4) return `${x < 0 ? MINUS : ''}${fmtPow10(exp)}`;
  return trimZeros(fmtSig(x));
}

/** A TeX number with the same digits as fmt: `1{,}234.500`, `1.230 \times 10^{-7}`, never `1.23e-7` or `-0`. */
export function texNum(x: number, digits: number = DIGITS): string {
  if (Number.isNaN(x)) return '\\text{—}';
  if (x === Number.POSITIVE_INFINITY) return '\\infty';
  if (x === Number.NEGATIVE_INFINITY) return '-\\infty';
  return toTex(fmt(x, digits));
}

/** fmt-style text → TeX: real minus, {,} for grouping commas (no space after them), × 10ⁿ as \times 10^{n}. */
function toTex(s: string): string {
  const m = /^(.*) × 10(.*)$/.exec(s);
  const body = (m ? m[1] : s).replace(MINUS, '-').replace(/,/g, '{,}');
  if (!m) return body;
  const exp = m[2].split('').map((c) => Object.keys(SUPERSCRIPT).find((k) => SUPERSCRIPT[k] === c) ?? c).join('');
  return `${body} \\times 10^{${exp}}`;
}

/** texNum with trailing zeros trimmed and whole numbers bare, like fmtShort (for inputs such as q = [1, 1, 2]). */
export function texShort(x: number, digits: number = DIGITS): string {
  if (!Number.isFinite(x)) return texNum(x);
  return toTex(fmtShort(x, digits));
}

/** A whole number in TeX, grouped: 4096 → `4{,}096`. */
export function texInt(n: number): string {
  if (!Number.isFinite(n)) return texNum(n);
  return toTex(fmtInt(n));
}

/** 3 significant digits in TeX, like fmtSig. */
export function texSig(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return texNum(x);
  return toTex(fmtSig(x, sig));
}

/** texNum wrapped in parentheses when negative, for products like 2·(−1). */
export function texFactor(x: number, digits: number = DIGITS): string {
  const s = texShort(x, digits);
  return s.startsWith('-') ? `(${s})` : s;
}

/** Escapes text (token labels, anything a person typed) for use inside TeX `\text{}`. */
export function texText(s: string): string {
  const escaped = s.replace(/[\\{}$&#^_%~]/g, (c) => (c === '\\' ? '\\textbackslash ' : `\\${c}`));
  return `\\text{${escaped}}`;
}

/** A TeX row vector [a, b, c] with the display digits (entries separated by semicolons when one has a grouping comma). */
export function texVec(v: readonly number[], short = false, digits: number = DIGITS): string {
  const items = v.map((x) => (short ? texShort(x, digits) : texNum(x, digits)));
  return `[${items.join(items.some((x) => x.includes('{,}')) ? ';\\ ' : ',\\ ')}]`;
}

/** A plain-text vector "[1, 1, 2]" (short: trailing zeros trimmed, for inputs); "[1,000; 2]" when an entry has a grouping comma. */
export function fmtVec(v: readonly number[], short = false, digits: number = DIGITS): string {
  const items = v.map((x) => (short ? fmtShort(x, digits) : fmt(x, digits)));
  return `[${items.join(items.some((x) => x.includes(',')) ? '; ' : ', ')}]`;
}
