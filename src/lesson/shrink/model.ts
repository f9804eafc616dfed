/**
 * The inputs of chapter `shrink` (issue 13 E): a prompt the real model continues, the cache budget of the
 * eviction policies, and how the quantized cache is stored. One field table for the share link and checks.
 */
import type { ChapterModel } from '../../state/chapterModel';
import { SENTENCE_TEXT_FIELD, SENTENCE_WORDS_FIELD, type Sentence, sentenceOf } from '../real-model/sentence';
import { RUNNING_TOKENS } from '../runningExample';

/** The real model's longest context (config max_seq_len in weights.json; a lesson test checks it). */
export const CONTEXT = 64;

/** Bits per stored number offered for the quantized cache (KIVI evaluates 2 and 4; int8 is the common baseline). */
export const BITS = ['8', '4', '2'] as const;
/** Bits per stored number, as text for the link. */
export type BitsChoice = (typeof BITS)[number];
/** Which numbers share a scale: one row per token, or one column (channel) over a block of tokens. */
export const AXES = ['channel', 'token'] as const;

/** The eviction policies compared on the page, in order: sliding window, attention sinks + window, heavy hitters. */
export const POLICIES = ['window', 'sinks', 'h2o'] as const;
/** An eviction policy of the page. */
export type PolicyKind = (typeof POLICIES)[number];

/** Mistral 7B v0.1's config.json: sliding_window 4,096 of max_position_embeddings 32,768, i.e. 1/8 of the context. */
export const MISTRAL = { window: 4096, context: 32_768 } as const;
/** The default budget: the same share of our 64-token context as Mistral's window of its context (64 / 8 = 8). */
export const DEFAULT_BUDGET = (CONTEXT * MISTRAL.window) / MISTRAL.context;
/** StreamingLLM keeps 4 initial tokens as attention sinks (Xiao et al., ICLR 2024, §3.2). */
export const PAPER_SINKS = 4;

/** The chapter's state. */
export type ShrinkState = {
  /** The prompt of English pages as typed, and its last valid words (lesson/real-model/sentence.ts). */
  text: string;
  words: string;
  /** The prompt of Chinese pages (a Chinese page never shows an English prompt); read through `inLang`. */
  textZh: string;
  wordsZh: string;
  /** Tokens the model generates greedily after the prompt (full cache); prompt + these = the text measured. */
  gen: number;
  /** The policy the stage draws (each policy's step opens with its own). */
  policy: PolicyKind;
  /** Cache budget B: rows the newest token reads, its own included. */
  budget: number;
  /** Attention sinks kept at the start of the text. */
  sinks: number;
  /** Sinks: RoPE positions within the cache (StreamingLLM) instead of in the text. */
  renumber: boolean;
  /** The position whose cache is drawn (past the text's end: its last token). */
  at: number;
  bits: BitsChoice;
  kAxis: (typeof AXES)[number];
  vAxis: (typeof AXES)[number];
  /** Tokens per per-channel block (a per-channel scale needs a block of tokens). */
  block: number;
};

/** The running example "The cat sat on", continued into a scene and a question whose answer needs looking back. */
export const DEFAULT_PROMPT: Sentence = sentenceOf([
  ...RUNNING_TOKENS.map((w) => w.toLowerCase()),
  ...'the red mat . the dog slept on the bed . where is the cat ?'.split(' '),
]);

/** Example prompts beside the input: the default, and the same kind of scene in Chinese. */
export const EXAMPLES: readonly Sentence[] = [DEFAULT_PROMPT, sentenceOf('猫 坐 在 红色 的 垫子 上 。 狗 睡 在 床 上 。 猫 在 哪里 ？'.split(' '))];

/** Inclusive bounds of the whole-number inputs. */
export const BOUNDS = {
  gen: [1, CONTEXT - 1],
  budget: [1, CONTEXT],
  sinks: [0, CONTEXT - 1],
  at: [0, CONTEXT - 1],
  block: [1, CONTEXT],
} as const;

/** The default prompt of Chinese pages: the same kind of scene and question, in the model's Chinese words. */
export const DEFAULT_PROMPT_ZH: Sentence = EXAMPLES[1];

export const SHRINK_DEFAULTS: ShrinkState = {
  ...DEFAULT_PROMPT,
  textZh: DEFAULT_PROMPT_ZH.text,
  wordsZh: DEFAULT_PROMPT_ZH.words,
  gen: 8,
  policy: 'window',
  budget: DEFAULT_BUDGET,
  sinks: PAPER_SINKS,
  renumber: true,
  at: CONTEXT - 1,
  bits: '2',
  kAxis: 'channel',
  vAxis: 'token',
  block: 8,
};

/** Tokens of a valid `words` value (one per space-separated word; words are canonical, see sentence.ts). */
export function wordCount(words: string): number {
  return words === '' ? 0 : words.split(' ').length;
}

/** The first inconsistent field: each language's prompt and the generated tokens must fit the model's context. */
export function checkShrink(s: ShrinkState): string | null {
  return Math.max(wordCount(s.words), wordCount(s.wordsZh)) + s.gen > CONTEXT ? 'gen' : null;
}

/** The state as a page in `lang` reads it: `text`/`words` are that language's prompt. */
export function inLang(s: ShrinkState, lang: 'en' | 'zh'): ShrinkState {
  return lang === 'zh' ? { ...s, text: s.textZh, words: s.wordsZh } : s;
}

/** The state after a page in `lang` changed `next` (read through inLang from `prev`): its prompt goes back to that language's fields. */
export function fromLang(prev: ShrinkState, next: ShrinkState, lang: 'en' | 'zh'): ShrinkState {
  return lang === 'zh' ? { ...next, text: prev.text, words: prev.words, textZh: next.text, wordsZh: next.words } : { ...next, textZh: prev.textZh, wordsZh: prev.wordsZh };
}

const int = (f: keyof typeof BOUNDS) => ({ kind: 'int', min: BOUNDS[f][0], max: BOUNDS[f][1] }) as const;

export const shrinkModel: ChapterModel<ShrinkState> = {
  defaults: SHRINK_DEFAULTS,
  fields: {
    text: SENTENCE_TEXT_FIELD,
    words: SENTENCE_WORDS_FIELD,
    textZh: SENTENCE_TEXT_FIELD,
    wordsZh: SENTENCE_WORDS_FIELD,
    gen: int('gen'),
    policy: { kind: 'enum', values: POLICIES },
    budget: int('budget'),
    sinks: int('sinks'),
    renumber: { kind: 'bool' },
    at: int('at'),
    bits: { kind: 'enum', values: BITS },
    kAxis: { kind: 'enum', values: AXES },
    vAxis: { kind: 'enum', values: AXES },
    block: int('block'),
  },
  check: checkShrink,
};
