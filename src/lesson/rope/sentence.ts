/**
 * The chapter's sentence: typed text → the real model's tokens, or the problems that stop it (unknown
 * words with suggestions, empty, too long). A sentence that cannot be used is never fed to the model; the
 * page keeps the last good one. To be replaced by the shared sentence composer once it lands.
 */
import { createLexicon, type Lexicon, type Model, type Token, type TokenProblem, tokenize } from '../../core/model';
import type { Lang } from '../../i18n';
import { DEFAULT_TEXT, MAX_CHARS, MAX_TOKENS, type RopeState } from './model';

const lexicons = new WeakMap<Model, Lexicon>();
/** The model's vocabulary indexed for tokenizing (built once per model). */
export function lexiconOf(model: Model): Lexicon {
  let lex = lexicons.get(model);
  if (!lex) {
    lex = createLexicon(model.vocab);
    lexicons.set(model, lex);
  }
  return lex;
}

/** Why typed text cannot be used: the tokenizer's problems, or more than MAX_CHARS characters. */
export type SentenceProblem = TokenProblem | { kind: 'too-many-chars'; count: number; max: number };

/** Typed text read for the model: its tokens, or what is wrong with it. */
export type SentenceRead = { ok: true; tokens: Token[] } | { ok: false; problems: SentenceProblem[] };

/** Reads typed text: at most MAX_CHARS characters and MAX_TOKENS words of the model's vocabulary. */
export function readSentence(model: Model, text: string): SentenceRead {
  if (text.length > MAX_CHARS) return { ok: false, problems: [{ kind: 'too-many-chars', count: text.length, max: MAX_CHARS }] };
  const r = tokenize(text, lexiconOf(model), MAX_TOKENS);
  return r.ok ? { ok: true, tokens: r.tokens } : { ok: false, problems: r.problems };
}

/** The state's sentence for a page language. */
export function textFor(s: RopeState, lang: Lang): string {
  return lang === 'zh' ? s.textZh : s.textEn;
}

/** The state with the sentence of a page language replaced. */
export function withText(s: RopeState, lang: Lang, text: string): RopeState {
  return lang === 'zh' ? { ...s, textZh: text } : { ...s, textEn: text };
}

/**
 * The sentence the chapter computes with: the typed text, or the default of the language when the text
 * cannot be used (a broken shared link); `fallback` then says why.
 */
export function sentenceFor(model: Model, text: string, lang: Lang): { tokens: Token[]; fallback: SentenceProblem[] | null } {
  const read = readSentence(model, text);
  if (read.ok) return { tokens: read.tokens, fallback: null };
  const def = readSentence(model, DEFAULT_TEXT[lang]);
  if (!def.ok) throw new Error(`the default ${lang} sentence is not made of the model's words`);
  return { tokens: def.tokens, fallback: read.problems };
}
