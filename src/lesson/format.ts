/** Display formatting for numbers. The core never formats; panels and TeX builders use only these. */

/** Digits after the decimal point for every displayed value (the full value is on hover/focus). */
export const DIGITS = 3;

const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** Splits x into a fixed-digit mantissa and exponent when it is too large or too small for fixed notation. */
function parts(x: number, digits: number): { mantissa: string; exp: number | null } {
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e6 || abs < 10 ** -digits / 2)) {
    const [m, e] = abs.toExponential(digits).split('e');
    return { mantissa: m, exp: Number(e) };
  }
  return { mantissa: abs.toFixed(digits), exp: null };
}

function isZeroText(m: string): boolean {
  return /^0(\.0*)?$/.test(m);
}

/** Plain-text number with `digits` decimals, a real minus sign, no "−0.000", and ×10ⁿ for extremes. */
export function fmt(x: number, digits: number = DIGITS): string {
  if (Number.isNaN(x)) return '—';
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === Number.NEGATIVE_INFINITY) return `${MINUS}∞`;
  const { mantissa, exp } = parts(x, digits);
  const sign = x < 0 && !isZeroText(mantissa) ? MINUS : '';
  if (exp === null) return sign + mantissa;
  const sup = String(exp).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
  return `${sign}${mantissa} × 10${sup}`;
}

/** Like fmt but trims trailing zeros (for editable cells: 1 shows as "1", 0.5 as "0.5"). */
export function fmtShort(x: number, digits: number = DIGITS): string {
  const s = fmt(x, digits);
  if (s.includes('×')) return s;
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** The full double-precision value as plain text (shown on hover or focus). */
export function fmtFull(x: number): string {
  if (!Number.isFinite(x)) return fmt(x);
  const s = Object.is(x, -0) ? '0' : String(x);
  return s.replace('-', MINUS);
}

/** A TeX number with the same digits as fmt: `1.230 \times 10^{-7}`, never `1.23e-7` or `-0`. */
export function texNum(x: number, digits: number = DIGITS): string {
  if (Number.isNaN(x)) return '\\text{—}';
  if (x === Number.POSITIVE_INFINITY) return '\\infty';
  if (x === Number.NEGATIVE_INFINITY) return '-\\infty';
  const { mantissa, exp } = parts(x, digits);
  const sign = x < 0 && !isZeroText(mantissa) ? '-' : '';
  return exp === null ? sign + mantissa : `${sign}${mantissa} \\times 10^{${exp}}`;
}

/** texNum with trailing zeros trimmed (for inputs such as q = [1, 1, 2]). */
export function texShort(x: number, digits: number = DIGITS): string {
  const s = texNum(x, digits);
  if (s.includes('times') || !s.includes('.')) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
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

/** A TeX row vector [a, b, c] with the display digits. */
export function texVec(v: readonly number[], short = false, digits: number = DIGITS): string {
  return `[${v.map((x) => (short ? texShort(x, digits) : texNum(x, digits))).join(',\\ ')}]`;
}

/** A percentage with one decimal (0.3904 → "39.0 %"). */
export function fmtPercent(x: number): string {
  return `${fmt(x * 100, 1)} %`;
}

/** A plain-text vector "[1, 1, 2]" (short: trailing zeros trimmed, for inputs). */
export function fmtVec(v: readonly number[], short = false, digits: number = DIGITS): string {
  return `[${v.map((x) => (short ? fmtShort(x, digits) : fmt(x, digits))).join(', ')}]`;
}
