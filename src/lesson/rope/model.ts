/**
 * The RoPE chapter's inputs: a sentence for the real model (one per page language), which head to look
 * at, the positions the learner moves, how many tokens are decoded, and the position rule of the decode
 * loop (right, or one of the classic bugs). One field table for the URL and validation.
 */
import type { Lang } from '../../i18n';
import type { ChapterModel } from '../../state/chapterModel';
import { SENTENCE_TEXT_FIELD, SENTENCE_WORDS_FIELD, type Sentence, sentenceOf } from '../real-model/sentence';
import { RUNNING_TOKENS } from '../runningExample';

/** The real model's longest context (its config's max_seq_len); positions on this chapter stay below it. */
export const MAX_CONTEXT = 64;
/** Largest position a control offers: the last one the model was trained on. */
export const MAX_POSITION = MAX_CONTEXT - 1;
/** Most words a typed sentence may have (so that it plus the decoded tokens fit the context). */
export const MAX_TOKENS = 32;
/** Most tokens the cache step decodes after the sentence. */
export const MAX_EXTRA = 12;
/** Bounds of the bug step's generated tokens. */
export const GEN_STEPS = [2, 16] as const;

/**
 * The real model's default sentence: the running example "The cat sat on", finished as the generate chapter
 * finishes it ("the mat"), and the same sentence in Chinese. A whole sentence, so that what the model writes
 * next (a new sentence) depends on positions enough to show the wrong-offset bug in both languages.
 */
export const DEFAULT_SENTENCE: Readonly<Record<Lang, Sentence>> = {
  en: { text: `${RUNNING_TOKENS.join(' ')} the mat.`, words: [...RUNNING_TOKENS, 'the', 'mat', '.'].join(' ').toLowerCase() },
  zh: sentenceOf(['猫', '坐', '在', '垫子', '上', '。']),
};

/** Where the decode loop puts the s-th fed-back token after a prompt of T: T + s (right), 0, or T − 1 + s. */
export const BUG_MODES = ['right', 'zero', 'off-by-one'] as const;
/** A position rule of the decode loop. */
export type BugMode = (typeof BUG_MODES)[number];

/** Marks a position as "the token's own position in the sentence" (the default, whatever the sentence). */
export const OWN = -1;

/** The chapter's state. Rows are tokens of the sentence; positions are RoPE positions 0..63. */
export type RopeState = {
  /** The sentence on English pages, as typed and its last valid words (the shared composer's state). */
  textEn: string;
  wordsEn: string;
  /** The sentence on Chinese pages. */
  textZh: string;
  wordsZh: string;
  /** Layer (0..2) and query head (0..3) whose q and k are shown; the key head is ⌊head / 2⌋. */
  layer: number;
  head: number;
  /** Row of the key token (clamped to the sentence); the query is always the last token. */
  kRow: number;
  /** Position the query and the key are turned to (OWN = their own). */
  qPos: number;
  kPos: number;
  /** How far both move together on the relative-position step. */
  shift: number;
  /** Pair (0..3) the formula writes out. */
  pair: number;
  /** Tokens decoded after the sentence on the cache step. */
  extra: number;
  /** The decode loop's position rule on the bug steps, and how many tokens it generates. */
  bug: BugMode;
  gen: number;
  /** Decode step (1..gen) whose top-5 is drawn; 0 = the one with the largest KL divergence. */
  atStep: number;
  /** The cached row moved on the re-rotation step, and where to (OWN = where it is). */
  moveRow: number;
  moveTo: number;
};

export const DEFAULTS: RopeState = {
  textEn: DEFAULT_SENTENCE.en.text,
  wordsEn: DEFAULT_SENTENCE.en.words,
  textZh: DEFAULT_SENTENCE.zh.text,
  wordsZh: DEFAULT_SENTENCE.zh.words,
  layer: 0,
  head: 0,
  kRow: 1,
  qPos: OWN,
  kPos: OWN,
  shift: 5,
  pair: 0,
  extra: 0,
  bug: 'zero',
  gen: 8,
  atStep: 0,
  moveRow: 1,
  moveTo: 20,
};

export const ropeModel: ChapterModel<RopeState> = {
  defaults: DEFAULTS,
  fields: {
    textEn: SENTENCE_TEXT_FIELD,
    wordsEn: SENTENCE_WORDS_FIELD,
    textZh: SENTENCE_TEXT_FIELD,
    wordsZh: SENTENCE_WORDS_FIELD,
    layer: { kind: 'int', min: 0, max: 2 },
    head: { kind: 'int', min: 0, max: 3 },
    kRow: { kind: 'int', min: 0, max: MAX_TOKENS - 1 },
    qPos: { kind: 'int', min: OWN, max: MAX_POSITION },
    kPos: { kind: 'int', min: OWN, max: MAX_POSITION },
    shift: { kind: 'int', min: -MAX_POSITION, max: MAX_POSITION },
    pair: { kind: 'int', min: 0, max: 3 },
    extra: { kind: 'int', min: 0, max: MAX_EXTRA },
    bug: { kind: 'enum', values: BUG_MODES },
    gen: { kind: 'int', min: GEN_STEPS[0], max: GEN_STEPS[1] },
    atStep: { kind: 'int', min: 0, max: GEN_STEPS[1] },
    moveRow: { kind: 'int', min: 0, max: MAX_TOKENS - 1 },
    moveTo: { kind: 'int', min: OWN, max: MAX_POSITION },
  },
  // Whether a sentence is made of the model's words is known only once the model has loaded: the composer
  // reads it then (the typed text, else the last valid words, else the default sentence) and says what is wrong.
  check: (s) => (s.atStep > s.gen ? 'atStep' : null),
};

/** The sentence of a page language in the state (the composer's value). */
export function sentenceIn(s: RopeState, lang: Lang): Sentence {
  return lang === 'zh' ? { text: s.textZh, words: s.wordsZh } : { text: s.textEn, words: s.wordsEn };
}

/**
 * The state with the sentence of a page language replaced. When its words change, the positions, the moved
 * row's target and the decode step shown go back to their defaults (they referred to the old tokens).
 */
export function withSentence(s: RopeState, lang: Lang, v: Sentence): RopeState {
  const old = sentenceIn(s, lang);
  const next = lang === 'zh' ? { ...s, textZh: v.text, wordsZh: v.words } : { ...s, textEn: v.text, wordsEn: v.words };
  return old.words === v.words ? next : { ...next, qPos: OWN, kPos: OWN, moveTo: OWN, atStep: 0 };
}
