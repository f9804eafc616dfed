// Style rules that would make every edit restyle a whole step (issue 10 §5: edit → screen ≤ 16 ms).
// Chrome re-checks an element's :has() whenever something inside it is inserted, removed or
// re-classed. When that element is not the rule's subject (`A:has(M) B`), it then restyles every
// descendant that B could match: with B a class (or a tag), only elements of that class (or tag);
// with B `*` or only pseudo-classes, every descendant. `.step-layout:has(.x) > .step-under > *`
// made each edit of the worked example restyle ~1,050 elements instead of ~530 (measured with a
// Chromium trace, UpdateLayoutTree's elementCount). Print-only rules are not checked (no edits there).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

/** Every selector (one complex selector each) of a stylesheet, inside @media/@supports too, except print-only ones. */
function selectorsOf(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  const heads: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      const head = text.slice(start, i).trim();
      const inPrint = heads.some((h) => /^@media\s+print\b/.test(h));
      if (!head.startsWith('@') && !inPrint) out.push(...splitTop(head, ','));
      heads.push(head);
      start = i + 1;
    } else if (c === '}') {
      heads.pop();
      start = i + 1;
    } else if (c === ';') start = i + 1;
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Splits at `sep` outside parentheses and brackets. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

/** The compounds of a complex selector (combinators dropped), parentheses kept whole. */
function compounds(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of selector) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    if (depth === 0 && /[\s>+~]/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** True when a selector restyles every descendant of its :has() anchor on each change under it. */
function restylesBroadly(selector: string): boolean {
  const parts = compounds(selector);
  if (!parts.slice(0, -1).some((p) => p.includes(':has('))) return false; // :has() on the subject: that one element
  const subject = parts[parts.length - 1];
  const is = /^:(?:is|where)\((.*)\)$/.exec(subject); // :is(a, b): each alternative must name something
  if (is) return splitTop(is[1], ',').some((alt) => restylesBroadly(`:has(x) ${alt.trim()}`));
  const named = subject.replace(/:(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '').replace(/::?[a-z-]+(?:\([^)]*\))?/g, '');
  return !/[.#[]|^[a-z]/i.test(named); // `*` or pseudo-classes only: nothing narrows which descendants
}

describe('style rules with :has()', () => {
  it('finds the rule that made every worked-example edit restyle the whole step', () => {
    expect(restylesBroadly('.step-layout.staged:has(.stage-tall) > .step-under > *')).toBe(true);
    expect(restylesBroadly('.staged:has(.gen-stage) .detail > :not(.x)')).toBe(true);
    expect(restylesBroadly('.a:has(.b) .c > :is(.d, *)')).toBe(true);
    expect(restylesBroadly(':root[data-projector] .step-layout.staged:has(.x) .numbers thead th')).toBe(false); // th only
    expect(restylesBroadly('.a:has(.b) :is([data-value="x"], .c, .d tr:last-child)')).toBe(false);
    expect(restylesBroadly('.step-layout.staged:has(.stage-tall) > .step-under')).toBe(false);
    expect(restylesBroadly('.step-formula:not(:has(.formula))')).toBe(false);
    expect(restylesBroadly('.a:has(> .b) .c td.num')).toBe(false);
    expect(selectorsOf('@media (min-width: 1px) { a:has(.b) > *, .c { x: 1; } }')).toEqual(['a:has(.b) > *', '.c']);
    expect(selectorsOf('@media print { a:has(.b) > * { x: 1; } } .d { y: 2; }')).toEqual(['.d']);
  });

  it('never restyle every descendant of a kind when something under their anchor changes', () => {
    const offenders = cssFiles(join(root, 'src')).flatMap((file) =>
      selectorsOf(readFileSync(file, 'utf8'))
        .filter(restylesBroadly)
        .map((s) => `${relative(root, file)}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
