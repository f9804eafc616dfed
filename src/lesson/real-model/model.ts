import type { ChapterModel } from '../../state/chapterModel';
import { RUNNING_TOKENS } from '../runningExample';
import { SENTENCE_TEXT_FIELD, SENTENCE_WORDS_FIELD, type Sentence, sentenceOf } from './sentence';
import { MODEL_SHAPE } from './shape';

/** Greedy (always the most likely word) or sampling from softmax(logits / temperature). */
export const SAMPLING = ['greedy', 'sample'] as const;

/** Temperature bounds (the softmax of logits / t); 1 leaves the model's probabilities as they are. */
export const MIN_TEMPERATURE = 0.05;
export const MAX_TEMPERATURE = 5;
/** Largest sampler seed (mulberry32 takes 32 bits). */
export const MAX_SEED = 4_294_967_295;

/** The chapter's inputs. */
export type RealModelState = {
  /** The sentence as typed, and the last valid word sequence (lesson/real-model/sentence.ts). */
  text: string;
  words: string;
  /** Tokens to generate after the sentence (at most the context left). */
  count: number;
  /** Generated tokens shown so far on the generate step (0 = the prompt just prefilled). */
  decoded: number;
  sampling: (typeof SAMPLING)[number];
  temperature: number;
  seed: number;
  /** Layer shown (0-based), for the cache, the heatmap and the worked preset. */
  layer: number;
  /** Query head shown on the attention and worked steps (0-based). */
  head: number;
  /** K/V head shown on the cache step (0-based). */
  kvHead: number;
  /** Which of the chosen head's two caches the generate step prints: keys or values. */
  matrix: 'k' | 'v';
  /** Generate with the KV cache (true) or recompute everything at every step (false). */
  cache: boolean;
  /** Token (row) whose key the RoPE step follows. */
  token: number;
  /**
   * The reader chose the sentence (typed it, picked it, or opened a link that carries it). While false and the
   * sentence is the default, each page language shows its own default sentence (see inLang).
   */
  typed: boolean;
};

/** The running example's first three words: the model is asked what follows "The cat sat". */
export const DEFAULT_SENTENCE: Sentence = { text: RUNNING_TOKENS.slice(0, 3).join(' '), words: RUNNING_TOKENS.slice(0, 3).join(' ').toLowerCase() };

/** The default sentence of Chinese pages: the running example's first three words in the model's Chinese vocabulary. */
export const DEFAULT_SENTENCE_ZH: Sentence = sentenceOf(['猫', '坐', '在']);

/** The default sentence of a page in `lang`. */
export function defaultSentence(lang: 'en' | 'zh'): Sentence {
  return lang === 'zh' ? DEFAULT_SENTENCE_ZH : DEFAULT_SENTENCE;
}

/** Example sentences offered beside the input: the running example, its Chinese, and a question that needs looking back. */
export const EXAMPLES: readonly Sentence[] = [
  DEFAULT_SENTENCE,
  DEFAULT_SENTENCE_ZH,
  sentenceOf(['the', 'dog', 'slept', 'on', 'the', 'bed', '.', 'where', 'is', 'the', 'dog', '?']),
];

export const DEFAULTS: RealModelState = {
  ...DEFAULT_SENTENCE,
  count: 5,
  decoded: 5,
  sampling: 'greedy',
  temperature: 1,
  seed: 1,
  layer: 0,
  head: 0,
  kvHead: 0,
  matrix: 'k',
  cache: true,
  token: 2,
  typed: false,
};

/**
 * The state as a page in `lang` reads it: a sentence the reader never chose is that language's default (a Chinese
 * reader gets 猫 坐 在, an English one "the cat sat"); a chosen one (typed, or in a shared link) stays as it is.
 */
export function inLang(s: RealModelState, lang: 'en' | 'zh'): RealModelState {
  const untouched = !s.typed && s.text === DEFAULT_SENTENCE.text && s.words === DEFAULT_SENTENCE.words;
  return untouched ? { ...s, ...defaultSentence(lang) } : s;
}

/**
 * The state to store after a page in `lang` (reading `prev` through inLang) changed it to `next`: an unchanged
 * sentence keeps `prev`'s (so the language's default is not written into the link), a changed one is the reader's.
 */
export function fromLang(prev: RealModelState, next: RealModelState, lang: 'en' | 'zh'): RealModelState {
  const shown = inLang(prev, lang);
  if (next.text === shown.text && next.words === shown.words) return { ...next, text: prev.text, words: prev.words, typed: prev.typed };
  return { ...next, typed: true };
}

const C = MODEL_SHAPE.context;

export const realModelModel: ChapterModel<RealModelState> = {
  defaults: DEFAULTS,
  fields: {
    text: SENTENCE_TEXT_FIELD,
    words: SENTENCE_WORDS_FIELD,
    count: { kind: 'int', min: 1, max: C - 1 },
    decoded: { kind: 'int', min: 0, max: C - 1 },
    sampling: { kind: 'enum', values: SAMPLING },
    temperature: { kind: 'num', min: MIN_TEMPERATURE, max: MAX_TEMPERATURE },
    seed: { kind: 'int', min: 0, max: MAX_SEED },
    layer: { kind: 'int', min: 0, max: MODEL_SHAPE.layers - 1 },
    head: { kind: 'int', min: 0, max: MODEL_SHAPE.heads - 1 },
    kvHead: { kind: 'int', min: 0, max: MODEL_SHAPE.kvHeads - 1 },
    matrix: { kind: 'enum', values: ['k', 'v'] },
    cache: { kind: 'bool' },
    token: { kind: 'int', min: 0, max: C - 1 },
    typed: { kind: 'bool' },
  },
  // Counts beyond the sentence's room (decoded > count, token past the end) are clamped where they are used.
  check: () => null,
};
