import { Fragment, type ReactNode } from 'react';

/**
 * Catalog text as readers see it. Two conventions hold in every zh/en catalog string:
 * - `backticks` mark code (a config field, a file name): drawn as <code>, the text inside untouched;
 * - a math name written `X_y` outside backticks (one letter, an underscore, then a run of letters and
 *   digits or a braced group: d_k, d_model, W_O, c_KV, d_{model}) is drawn as an italic variable with a
 *   real subscript: d<sub>k</sub>. A one-character subscript is a variable (italic, as d_k in the
 *   papers); a longer one is a word or a label (upright: d_model, c_KV, k_cat). A superscript right after
 *   the subscript (d_h^R, DeepSeek's RoPE key width) is drawn as one.
 * The letter must not follow a Latin letter, a digit, an underscore, a backslash or a brace, so
 * `snake_case` prose (rare; it belongs in backticks), 1_000 and TeX such as \sqrt{d_k} are left alone;
 * a Chinese character before it is fine (的d_k).
 */
const MATH_NAME = /(?<![A-Za-z0-9_\\{])([A-Za-z])_(\{[^{}\n]+\}|[A-Za-z0-9]+)(?:\^(\{[^{}\n]+\}|[A-Za-z0-9]+))?/g;
const CODE = /`([^`\n]+)`/g;
/**
 * A power written with a caret in prose (e^11.3, 2^30, 2^k, e^(−0.92)): a letter or a number, ^, then a signed
 * number, one letter or a parenthesised group (its parentheses dropped when drawn raised). What a reader types
 * into a cell (2^-1) is code and sits in backticks, untouched.
 */
const POWER = /(?<![A-Za-z0-9_\\{^])([A-Za-z]|[0-9]+)\^(\([^()\n]+\)|[−-]?[0-9]+(?:\.[0-9]+)?|[A-Za-z])(?![A-Za-z0-9])/g;

/** One math name found in a string: its base letter, its subscript (braces dropped) and where it stands. */
interface FoundName {
  at: number;
  end: number;
  base: string;
  sub: string;
  /** A superscript right after the subscript (d_h^R), braces dropped; '' when none. */
  sup: string;
}

/** The math names of a piece of text outside code, in order. */
function mathNames(text: string): FoundName[] {
  return [...text.matchAll(MATH_NAME)].map((m) => {
    const at = m.index ?? 0;
    return { at, end: at + m[0].length, base: m[1], sub: unbrace(m[2]), sup: unbrace(m[3] ?? '') };
  });
}

/** A braced group without its braces ({model} → model); anything else as it is. */
function unbrace(s: string): string {
  return s.startsWith('{') ? s.slice(1, -1) : s;
}

/** Splits catalog text into code spans (backticks) and prose between them. */
function pieces(text: string): { code: boolean; text: string; at: number }[] {
  const out: { code: boolean; text: string; at: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(CODE)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ code: false, text: text.slice(last, at), at: last });
    out.push({ code: true, text: m[1], at });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ code: false, text: text.slice(last), at: last });
  return out;
}

/** The subscript is one letter or digit (a variable: italic) or a word/label (upright). */
function isWord(sub: string): boolean {
  return [...sub].length > 1;
}

/** A math name in HTML: `<var>d</var><sub>k</sub>`, with a hidden space so a screen reader says "d k", not "dk". */
function MathName({ base, sub, sup = '' }: { base: string; sub: string; sup?: string }) {
  return (
    <span className="math-name">
      <var>{base}</var>
      <span className="sr-only"> </span>
      <sub className={isWord(sub) ? 'math-sub-word' : undefined}>{sub}</sub>
      {sup && <sup className={isWord(sup) ? 'math-sub-word' : undefined}>{sup}</sup>}
    </span>
  );
}

/** A parenthesised exponent without its parentheses ((−0.92) → −0.92); anything else as it is. */
function unparen(s: string): string {
  return s.startsWith('(') ? s.slice(1, -1) : s;
}

/** Prose with its caret powers drawn raised: e^11.3 → e<sup>11.3</sup>. */
function powers(text: string, keyBase: number): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(POWER)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <span key={`p${keyBase + at}`} className="math-power">
        {m[1]}
        <span className="sr-only">^</span>
        <sup>{unparen(m[2])}</sup>
      </span>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Prose (no code) with its math names drawn as subscripts and its powers raised. */
function prose(text: string, keyBase: number): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const n of mathNames(text)) {
    if (n.at > last) out.push(...powers(text.slice(last, n.at), keyBase + last));
    out.push(<MathName key={`m${keyBase + n.at}`} base={n.base} sub={n.sub} sup={n.sup} />);
    last = n.end;
  }
  if (last < text.length) out.push(...powers(text.slice(last), keyBase + last));
  return out;
}

/**
 * Catalog text for HTML: `code` in backticks → <code> (the backticks dropped, the inside untouched);
 * math names outside code (d_k, d_model, W_O, d_{model}) → an italic variable with a real subscript;
 * powers (e^11.3, 2^30) → a raised exponent.
 * Text with neither comes back as it is (one string), so it is safe to pass every catalog string through.
 */
export function richText(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  for (const p of pieces(text)) {
    if (p.code) out.push(<code key={`c${p.at}`}>{p.text}</code>);
    else out.push(...prose(p.text, p.at));
  }
  return out;
}

/** Unicode subscript forms; only these characters have one (no capitals, no b c d f g q w y z). */
const SUBSCRIPT: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'0123456789'].map((d, i) => [d, String.fromCodePoint(0x2080 + i)])),
  a: 'ₐ',
  e: 'ₑ',
  h: 'ₕ',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  o: 'ₒ',
  p: 'ₚ',
  r: 'ᵣ',
  s: 'ₛ',
  t: 'ₜ',
  u: 'ᵤ',
  v: 'ᵥ',
  x: 'ₓ',
};

/** Unicode superscript forms of the few characters a math name's superscript uses. */
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'0123456789'].map((d, i) => [d, '⁰¹²³⁴⁵⁶⁷⁸⁹'[i]])),
  R: 'ᴿ',
  T: 'ᵀ',
  k: 'ᵏ',
  '−': '⁻',
  '-': '⁻',
};

/** Every character of `s` in `forms`, or null when one has no such form. */
function inForms(s: string, forms: Readonly<Record<string, string>>): string | null {
  const chars = [...s];
  return chars.every((c) => forms[c]) ? chars.map((c) => forms[c]).join('') : null;
}

/**
 * A math name as plain text: Unicode subscripts when every character has one (d_k → dₖ, d_h → dₕ), else the
 * base, a space and the subscript (d_model → "d model", W_O → "W O"); a superscript likewise (d_h^R → dₕᴿ).
 */
export function plainName(base: string, sub: string, sup = ''): string {
  const lowered = inForms(sub, SUBSCRIPT);
  const name = lowered ? base + lowered : `${base} ${sub}`;
  if (!sup) return name;
  const raised = inForms(sup, SUPERSCRIPT);
  return raised && lowered ? name + raised : `${name} ${sup}`;
}

/**
 * Catalog text where only a string will do (aria-label, title, <option>, placeholder, SVG <title>):
 * backticks dropped (the code kept as it is), math names outside code written with plainName, so a
 * screen reader reads "d k" or "d model" and never "d underscore k".
 */
export function plainText(text: string): string {
  return pieces(text)
    .map((p) =>
      p.code
        ? p.text
        : p.text
            .replace(MATH_NAME, (_m, base: string, sub: string, sup?: string) => plainName(base, unbrace(sub), unbrace(sup ?? '')))
            .replace(POWER, (m, base: string, exp: string) => {
              const raised = inForms(unparen(exp), SUPERSCRIPT);
              return raised ? base + raised : m;
            }),
    )
    .join('');
}

/**
 * Catalog text inside an SVG <text>: math names as <tspan>s, the subscript lowered (baseline-shift)
 * at the same font size (an SVG plot may be scaled down on a phone, where a smaller subscript would
 * fall under the 12 px floor; on a slide under 24 px). Backticks are dropped.
 */
export function svgText(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  for (const p of pieces(text)) {
    if (p.code) {
      out.push(p.text);
      continue;
    }
    let last = 0;
    for (const n of mathNames(p.text)) {
      if (n.at > last) out.push(p.text.slice(last, n.at));
      out.push(
        <Fragment key={`s${p.at + n.at}`}>
          <tspan fontStyle="italic">{n.base}</tspan>
          <tspan className="math-sub" baselineShift="-0.25em" fontStyle={isWord(n.sub) ? undefined : 'italic'}>
            {n.sub}
          </tspan>
          {n.sup && <tspan baselineShift="0.4em">{n.sup}</tspan>}
        </Fragment>,
      );
      last = n.end;
    }
    if (last < p.text.length) out.push(p.text.slice(last));
  }
  return out;
}
