/**
 * A sentence composed for the real model, as chapter state (shared by every chapter that feeds the model
 * its own words: real-model, rope, reuse). Two fields, both in the share link:
 * - `text`: exactly what the reader typed (kept even when it is wrong, so nothing typed is lost);
 * - `words`: the last valid token sequence, its words joined by single spaces ("the cat sat", "猫 坐 在").
 *   This is what drives the numbers while the text has a problem.
 * Typed text is read by the core's tokenizer (src/core/model/tokenizer.ts: English lower-cased, Chinese
 * segmented by longest match, unknown words with suggestions). Words joined by spaces always read back as
 * the same tokens (a space is a hard boundary for the longest match), so `words` is canonical.
 */
import { createLexicon, joinWords, type Lexicon, type Model, type Token, type TokenProblem, tokenize } from '../../core/model';
import type { FieldSpec } from '../../state/fields';

/** What a reader typed and the last valid word sequence (see the file comment). */
export interface Sentence {
  readonly text: string;
  readonly words: string;
}

/**
 * Longest text kept in the state and the link (UTF-16 units): room for a full 64-token context of the
 * longest words with extra spaces; a longer paste stays in the input only, with a message.
 */
export const SENTENCE_TEXT_MAX = 640;
/** Longest `words` value: 64 tokens of up to 9 characters each, plus spaces. */
export const SENTENCE_WORDS_MAX = 640;

/** Field spec of a sentence's `text` for a chapter's URL table: any text without control characters, ≤ SENTENCE_TEXT_MAX. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what the pattern rejects
export const SENTENCE_TEXT_FIELD: FieldSpec = { kind: 'text', maxLen: SENTENCE_TEXT_MAX, pattern: /^[^\u0000-\u001f\u007f]*$/ };
/** Field spec of a sentence's `words`: lower-case Latin words, Chinese characters, . ? 。 ？, single spaces between. */
export const SENTENCE_WORDS_FIELD: FieldSpec = {
  kind: 'text',
  maxLen: SENTENCE_WORDS_MAX,
  pattern: /^[a-z.?\u3400-\u9fff。？]+( [a-z.?\u3400-\u9fff。？]+)*$/u,
};

/** A sentence whose text and words are these words (text written with joinWords: "the cat sat", "猫坐在"). */
export function sentenceOf(words: readonly string[]): Sentence {
  return { text: joinWords(words), words: words.join(' ') };
}

/** A problem of the typed text: the tokenizer's (empty, unknown word, more tokens than allowed) or text past SENTENCE_TEXT_MAX. */
export type SentenceProblem = TokenProblem | { kind: 'text-too-long'; length: number; max: number };

/** How a sentence reads against the vocabulary. */
export interface SentenceReading {
  /** The tokens that drive the numbers: the typed text's when it is valid, otherwise the last valid sentence's. */
  readonly tokens: readonly Token[];
  /** Their vocabulary ids, (T). */
  readonly ids: readonly number[];
  /** True when the typed text itself drives the numbers (no problem). */
  readonly current: boolean;
  /** Problems of the typed text, in order (none when current). */
  readonly problems: readonly SentenceProblem[];
}

const lexicons = new WeakMap<object, Lexicon>();

/** The model's vocabulary indexed for tokenizing, built once per model. */
export function lexiconOf(model: Model): Lexicon {
  let lex = lexicons.get(model);
  if (!lex) {
    lex = createLexicon(model.vocab);
    lexicons.set(model, lex);
  }
  return lex;
}

/** The tokens of a `words` value if every word is in the vocabulary and there are 1..maxTokens of them, else null. */
function validWords(words: string, lex: Lexicon, maxTokens: number): Token[] | null {
  const r = tokenize(words, lex, maxTokens);
  return r.ok ? r.tokens : null;
}

/**
 * Reads a sentence: the typed text's problems, and the tokens in use (the text's when valid; else the last
 * valid `words`; if those do not read either — a hand-edited link, a smaller maxTokens — `fallback`'s words).
 * maxTokens: most tokens allowed (the model's context, or less when the chapter needs room after the sentence).
 */
export function readSentence(s: Sentence, lex: Lexicon, maxTokens: number, fallback: Sentence): SentenceReading {
  const typed = tokenize(s.text, lex, maxTokens);
  if (typed.ok) return { tokens: typed.tokens, ids: typed.tokens.map((t) => t.id), current: true, problems: [] };
  const tokens = validWords(s.words, lex, maxTokens) ?? validWords(fallback.words, lex, maxTokens) ?? [];
  return { tokens, ids: tokens.map((t) => t.id), current: false, problems: typed.problems };
}

/**
 * The sentence after the reader typed `text`: the text is kept as typed; `words` becomes the text's words
 * when they are valid (1..maxTokens known words), otherwise the words in use when the edit began
 * (`start`, default `s`'s words) — never those of a valid prefix typed on the way ("狗" on the way to
 * "狗abc"). Text longer than SENTENCE_TEXT_MAX is not taken into the state: the result is `start`
 * (text and words of the edit's start; the caller keeps the long text in its input and shows textProblem).
 */
export function editSentence(s: Sentence, text: string, lex: Lexicon, maxTokens: number, start: Sentence = s): Sentence {
  if (text.length > SENTENCE_TEXT_MAX) return start;
  const r = tokenize(text, lex, maxTokens);
  return { text, words: r.ok ? r.tokens.map((t) => t.word).join(' ') : start.words };
}

/** The problem of text too long to keep (length > SENTENCE_TEXT_MAX), or null. */
export function textProblem(text: string): SentenceProblem | null {
  return text.length > SENTENCE_TEXT_MAX ? { kind: 'text-too-long', length: text.length, max: SENTENCE_TEXT_MAX } : null;
}

const LATIN = /^[a-z]+$/;
const isMark = (w: string) => w === '.' || w === '?' || w === '。' || w === '？';

/** The text with `word` appended as a picker inserts it: a space before an English word after a word or mark; none before a mark or around Chinese. */
export function appendWord(text: string, word: string): string {
  const trimmed = text.replace(/\s+$/u, '');
  if (trimmed === '') return word;
  const last = [...trimmed].at(-1) ?? '';
  const needsSpace = LATIN.test(word) && (/[A-Za-z0-9.?\uff21-\uff3a\uff41-\uff5a]/u.test(last) || isMark(last));
  return trimmed + (needsSpace ? ' ' : '') + word;
}

/** The text with [start, end) replaced by `word` (a suggestion taken for an unknown word), spaced like appendWord. */
export function replaceRange(text: string, start: number, end: number, word: string): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const latin = LATIN.test(word);
  const left = latin && /[A-Za-z0-9]$/.test(before) ? ' ' : '';
  const right = latin && /^[A-Za-z0-9]/.test(after) ? ' ' : '';
  return before + left + word + right + after;
}

/** The text without its last token (a word, a mark, or an unknown piece): what "remove the last word" does. */
export function removeLast(text: string, lex: Lexicon): string {
  const r = tokenize(text, lex);
  const ends = [...r.tokens.map((t) => ({ start: t.start, end: t.end })), ...(r.ok ? [] : r.problems.flatMap((p) => (p.kind === 'unknown' ? [p] : [])))];
  if (ends.length === 0) return '';
  const last = ends.reduce((a, b) => (b.end > a.end ? b : a));
  return text.slice(0, last.start).replace(/\s+$/u, '');
}

/** The vocabulary for the picker: English words, Chinese words, and the marks of each, in vocabulary order. */
export function pickerGroups(lex: Lexicon): { en: string[]; zh: string[] } {
  return {
    en: lex.vocab.filter((w) => LATIN.test(w) || w === '.' || w === '?'),
    zh: lex.vocab.filter((w) => !LATIN.test(w) && w !== '.' && w !== '?'),
  };
}

/** Longest piece of typed text a message quotes; longer pieces are cut and end with "…". */
export const QUOTE_MAX = 24;

/** The text as a message quotes it: at most QUOTE_MAX characters, then "…". */
export function quoteText(text: string): string {
  const chars = [...text];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : text;
}

/** Language of a vocabulary word for display (lang attribute): English words and . ? are 'en', the rest 'zh'. */
export function wordLang(word: string): 'en' | 'zh' {
  return LATIN.test(word) || word === '.' || word === '?' ? 'en' : 'zh';
}
