/**
 * The tokenizer over the model's closed vocabulary (rules documented in README, "The real model"):
 * - English: runs of Latin letters are words, lower-cased ("The" -> "the"); full-width letters count as Latin;
 *   digits, ' and - join such a run (so "cat's" or "1e999" is one unknown word).
 * - Chinese is typed without spaces and segmented by longest match over the Chinese words (猫坐在垫子上 ->
 *   猫 坐 在 垫子 上); spaces between Chinese words are allowed too.
 * - A full stop or question mark (. ? 。 ？ ． ｡) becomes the vocabulary's mark of the language of the word
 *   before it (after 猫 a "." is "。"), or of the word after it when it comes first.
 * - Anything else is an unknown word, reported with close suggestions, never silently dropped or replaced.
 */
import { suggestChinese, suggestEnglish } from './suggest';

/** One token of the input: vocabulary id and word, and where it was typed ([start, end) UTF-16 offsets). */
export interface Token {
  id: number;
  word: string;
  start: number;
  end: number;
}

/** Why the input cannot be fed to the model. */
export type TokenProblem =
  | { kind: 'empty' }
  | { kind: 'unknown'; text: string; start: number; end: number; suggestions: string[] }
  | { kind: 'too-long'; count: number; max: number };

/** The tokenizer's answer: tokens of every known word, and the problems (none when ok). */
export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; tokens: Token[]; problems: TokenProblem[] };

/** The vocabulary indexed for tokenizing. */
export interface Lexicon {
  readonly vocab: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
  readonly english: readonly string[];
  readonly chinese: readonly string[];
  readonly chineseSet: ReadonlySet<string>;
  /** Longest Chinese word, in characters. */
  readonly longest: number;
}

const LATIN = /^[a-z]+$/;
/** Characters that make up an English-like word (digits and ' - too, so "1e999" or "cat's" is one unknown word). */
const WORD = /^[a-z0-9'-]$/;
const STOPS: Record<string, 'stop' | 'question'> = { '.': 'stop', '。': 'stop', '．': 'stop', '｡': 'stop', '?': 'question', '？': 'question' };
const MARK = { en: { stop: '.', question: '?' }, zh: { stop: '。', question: '？' } } as const;
/** Most unknown words reported with suggestions (a paste of nonsense stays fast). */
const MAX_REPORTED = 20;

/** Indexes a vocabulary: English words are lower-case Latin letters or . ?, every other word is Chinese. */
export function createLexicon(vocab: readonly string[]): Lexicon {
  const english = vocab.filter((w) => LATIN.test(w));
  const chinese = vocab.filter((w) => !LATIN.test(w) && !(w in STOPS));
  return { vocab, ids: new Map(vocab.map((w, i) => [w, i])), english, chinese, chineseSet: new Set(chinese), longest: Math.max(1, ...chinese.map((w) => [...w].length)) };
}

type Piece = { kind: 'word' | 'mark' | 'unknown-en' | 'unknown-zh'; text: string; start: number; end: number; lang?: 'en' | 'zh' };

/** Maps full-width Latin letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) to ASCII and lower-cases; other characters are kept. */
function fold(ch: string): string {
  const c = ch.codePointAt(0)!;
  const wide = (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff10 && c <= 0xff19);
  const ascii = wide ? String.fromCodePoint(c - 0xfee0) : ch;
  return ascii.toLowerCase();
}

/** Cuts text into words, marks and unknown pieces, in order, with offsets. */
function pieces(text: string, lex: Lexicon): Piece[] {
  const out: Piece[] = [];
  let offset = 0;
  const chars = [...text].map((ch) => {
    const c = { ch, f: fold(ch), at: offset }; // at: UTF-16 offset of the character
    offset += ch.length;
    return c;
  });
  let i = 0;
  while (i < chars.length) {
    const { ch, f, at } = chars[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch in STOPS) {
      out.push({ kind: 'mark', text: STOPS[ch], start: at, end: at + ch.length });
      i++;
    } else if (WORD.test(f)) {
      let j = i;
      while (j < chars.length && WORD.test(chars[j].f)) j++;
      const word = chars.slice(i, j).map((c) => c.f).join('');
      const end = chars[j - 1].at + chars[j - 1].ch.length;
      out.push({ kind: lex.ids.has(word) && LATIN.test(word) ? 'word' : 'unknown-en', text: word, start: at, end, lang: 'en' });
      i = j;
    } else {
      // Longest match: the longest Chinese word starting here; characters matching none gather into one unknown piece.
      let len = 0;
      for (let n = Math.min(lex.longest, chars.length - i); n >= 1 && len === 0; n--) {
        if (lex.chineseSet.has(chars.slice(i, i + n).map((c) => c.ch).join(''))) len = n;
      }
      const last = out[out.length - 1];
      if (len > 0) {
        const word = chars.slice(i, i + len).map((c) => c.ch).join('');
        out.push({ kind: 'word', text: word, start: at, end: chars[i + len - 1].at + chars[i + len - 1].ch.length, lang: 'zh' });
        i += len;
      } else if (last?.kind === 'unknown-zh' && last.end === at) {
        last.text += ch;
        last.end = at + ch.length;
        i++;
      } else {
        out.push({ kind: 'unknown-zh', text: ch, start: at, end: at + ch.length, lang: 'zh' });
        i++;
      }
    }
  }
  return out;
}

/** Tokenizes typed text over the lexicon; at most maxTokens tokens are allowed (default: no limit). */
export function tokenize(text: string, lex: Lexicon, maxTokens = Number.POSITIVE_INFINITY): TokenizeResult {
  const ps = pieces(text, lex);
  const tokens: Token[] = [];
  const problems: TokenProblem[] = [];
  ps.forEach((p, n) => {
    if (p.kind === 'mark') {
      // The mark takes the language of the nearest word before it (or after it, at the start).
      const before = ps.slice(0, n).reverse().find((q) => q.lang);
      const lang = before?.lang ?? ps.slice(n + 1).find((q) => q.lang)?.lang ?? 'en';
      const word = MARK[lang][p.text as 'stop' | 'question'];
      const id = lex.ids.get(word);
      if (id !== undefined) tokens.push({ id, word, start: p.start, end: p.end });
      else problems.push({ kind: 'unknown', text: text.slice(p.start, p.end), start: p.start, end: p.end, suggestions: [] });
    } else if (p.kind === 'word') {
      tokens.push({ id: lex.ids.get(p.text)!, word: p.text, start: p.start, end: p.end });
    } else {
      const known = problems.length < MAX_REPORTED;
      const suggestions = !known ? [] : p.kind === 'unknown-en' ? suggestEnglish(p.text, lex.english) : suggestChinese(p.text, lex.chinese);
      problems.push({ kind: 'unknown', text: text.slice(p.start, p.end), start: p.start, end: p.end, suggestions });
    }
  });
  if (ps.length === 0) problems.push({ kind: 'empty' });
  if (tokens.length > maxTokens) problems.push({ kind: 'too-long', count: tokens.length, max: maxTokens });
  return problems.length === 0 ? { ok: true, tokens } : { ok: false, tokens, problems };
}

/** Writes words back as text: a space between English words, none before . ? or around Chinese words. */
export function joinWords(words: readonly string[]): string {
  let out = '';
  words.forEach((w, i) => {
    const prev = words[i - 1];
    const space = i > 0 && LATIN.test(w) && (LATIN.test(prev) || prev === '.' || prev === '?');
    out += (space ? ' ' : '') + w;
  });
  return out;
}
