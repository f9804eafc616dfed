/**
 * The reuse chapter's inputs: a RAG prompt for the real model — two or three context chunks and a
 * question — one set per page language (a Chinese page never shows English input), the share r of
 * context tokens CacheBlend recomputes, and the mask its recomputed tokens attend with.
 * Each sentence is the shared composer's state (lesson/real-model/sentence.ts): the text as typed and
 * the last valid words, so a wrong edit never loses what drives the numbers.
 */
import type { Lang } from '../../i18n';
import type { ChapterModel } from '../../state/chapterModel';
import type { FieldSpec, FieldTable } from '../../state/fields';
import { SENTENCE_TEXT_FIELD, SENTENCE_WORDS_FIELD, type Sentence, sentenceOf } from '../real-model/sentence';

/** The sentences of one language: context chunks 1–3 and the question. */
export const SLOTS = ['c1', 'c2', 'c3', 'q'] as const;
/** One of the prompt's sentences. */
export type Slot = (typeof SLOTS)[number];

/** Most tokens a chunk may have, and the question: 3 × 16 + 12 = 60 ≤ the model's 64, so any prompt fits. */
export const CHUNK_MAX_TOKENS = 16;
export const QUESTION_MAX_TOKENS = 12;

/** How CacheBlend's recomputed tokens attend: 'bottom-right' as in the reference code, or each its exact causal row. */
export const MASKS = ['bottom-right', 'causal'] as const;
export type BlendMask = (typeof MASKS)[number];

/**
 * Default prompts as space-separated words, picked by measuring the model (tests/lesson/reuse.test.ts): the full prefill answers right with
 * p > 0.95, naive reuse answers something else, and CacheBlend recovers the full prefill's answer with a few
 * tokens. English: the question is about chunk 1's scene, and chunk 2 computed alone makes naive reuse name an
 * animal in neither chunk. Chinese: the question is about chunk 2, which naive reuse answers with chunk 1's subject.
 * Chunk 3 (used when the reader adds it) is another scene of the same kind.
 */
export const DEFAULT_PROMPTS: Record<Lang, Record<Slot, string>> = {
  en: {
    c1: 'the dog lay on the box .',
    c2: 'the boy sat on the blue mat .',
    c3: 'the cat stood on the green table .',
    q: 'who lay on the box ? the',
  },
  zh: {
    c1: '鸟 站 在 地毯 上 。',
    c2: '男孩 躺 在 红色 的 椅子 上 。',
    c3: '猫 坐 在 绿色 的 桌子 上 。',
    q: '谁 躺 在 红色 的 椅子 上 ？',
  },
};

/** Name of a sentence's text field in the state, e.g. 'enC1'; its words field is the same + 'Words'. */
export function textField(lang: Lang, slot: Slot): `${Lang}${Capitalize<Slot>}` {
  return `${lang}${slot.toUpperCase() as Uppercase<Slot>}` as `${Lang}${Capitalize<Slot>}`;
}

type TextFields = { [K in `${Lang}${Capitalize<Slot>}`]: string };
type WordsFields = { [K in `${Lang}${Capitalize<Slot>}Words`]: string };

/** The chapter's state: 8 sentences (text + last valid words), chunks used (2 or 3), r in whole percent, the mask. */
export type ReuseState = TextFields &
  WordsFields & {
    /** Context chunks in the prompt: 2 or 3. */
    chunks: number;
    /** Share r of the context tokens CacheBlend recomputes, in whole percent (0 = naive reuse, 100 = full prefill). */
    ratio: number;
    mask: BlendMask;
  };

/** The sentence in `slot` for `lang` from the state. */
export function sentenceAt(s: ReuseState, lang: Lang, slot: Slot): Sentence {
  const f = textField(lang, slot);
  return { text: s[f], words: s[`${f}Words`] };
}

/** The state with the sentence in `slot` for `lang` replaced. */
export function withSentence(s: ReuseState, lang: Lang, slot: Slot, v: Sentence): ReuseState {
  const f = textField(lang, slot);
  return { ...s, [f]: v.text, [`${f}Words`]: v.words };
}

/** The default sentence of a slot: its words, and the text as a reader would type them ("the dog lay on the box.", 鸟站在地毯上。). */
export function defaultSentence(lang: Lang, slot: Slot): Sentence {
  return sentenceOf(DEFAULT_PROMPTS[lang][slot].split(' '));
}

/** Default r: 20 % — 3 of the 15 English context tokens, 2 of the 14 Chinese ones. */
export const DEFAULT_RATIO = 20;

function sentences(): TextFields & WordsFields {
  const out: Record<string, string> = {};
  for (const lang of ['en', 'zh'] as const) {
    for (const slot of SLOTS) {
      const d = defaultSentence(lang, slot);
      out[textField(lang, slot)] = d.text;
      out[`${textField(lang, slot)}Words`] = d.words;
    }
  }
  return out as TextFields & WordsFields;
}

export const DEFAULTS: ReuseState = { ...sentences(), chunks: 2, ratio: DEFAULT_RATIO, mask: 'bottom-right' };

function fieldTable(): FieldTable<ReuseState> {
  const out: Record<string, FieldSpec> = { chunks: { kind: 'int', min: 2, max: 3 }, ratio: { kind: 'int', min: 0, max: 100 }, mask: { kind: 'enum', values: MASKS } };
  for (const lang of ['en', 'zh'] as const) {
    for (const slot of SLOTS) {
      out[textField(lang, slot)] = SENTENCE_TEXT_FIELD;
      out[`${textField(lang, slot)}Words`] = SENTENCE_WORDS_FIELD;
    }
  }
  return out as FieldTable<ReuseState>;
}

export const reuseModel: ChapterModel<ReuseState> = {
  defaults: DEFAULTS,
  fields: fieldTable(),
  // Whether the words are the model's is known once the model has loaded: the view reads every sentence
  // then (unknown words and empty chunks are messages, the last valid words keep driving the numbers).
  check: () => null,
};
